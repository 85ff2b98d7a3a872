// How a portal uses the TypeScript client: types generated from the gateway's OpenAPI document by
// openapi-typescript (target/typescript/schema.d.ts) and openapi-fetch for the calls. tsc checks this
// file against the generated types, so a renamed path, parameter or field breaks the build here.
import createClient from "openapi-fetch";
import type { components, paths } from "../target/typescript/schema";

type Schemas = components["schemas"];
export type Project = Schemas["Project"];
export type ProjectRequest = Schemas["ProjectRequest"];
export type Problem = Schemas["Problem"];
export type Verification = Schemas["Verification"];

export function nyttiggjort(baseUrl: string, accessToken?: string) {
  return createClient<paths>({
    baseUrl,
    headers: accessToken ? { Authorization: `Bearer ${accessToken}` } : {},
  });
}

/** One line per rejected field, as a portal would show a problem+json answer next to a form. */
export function describe(problem: Problem): string {
  const fields = (problem.errors ?? []).map((error) => `${error.field}: ${error.message}`);
  return [`${problem.status} ${problem.title}: ${problem.detail ?? ""}`, ...fields].join("\n");
}

export async function createProject(api: ReturnType<typeof nyttiggjort>, body: ProjectRequest): Promise<Project> {
  const { data, error, response } = await api.POST("/api/v1/projects", { body });
  if (error) {
    throw new Error(describe(error));
  }
  console.log("created", response.headers.get("Location"), "version", response.headers.get("ETag"));
  return data;
}

/** Reads a project and archives it, sending back the ETag it read as If-Match. */
export async function archiveProject(api: ReturnType<typeof nyttiggjort>, id: string): Promise<Project> {
  const read = await api.GET("/api/v1/projects/{id}", { params: { path: { id } } });
  if (read.error) {
    throw new Error(describe(read.error));
  }
  const etag = read.response.headers.get("ETag") ?? "";
  const { data, error } = await api.POST("/api/v1/projects/{id}/archive", {
    params: { path: { id }, header: { "If-Match": etag } },
  });
  if (error) {
    throw new Error(describe(error));
  }
  return data;
}

/** Public: anyone may verify a certificate, without a token. */
export async function verify(baseUrl: string, certificateId: string): Promise<Verification["status"]> {
  const { data, error } = await nyttiggjort(baseUrl).GET(
    "/api/v1/certification/public/certificates/{id}/verification",
    { params: { path: { id: certificateId } } },
  );
  if (error) {
    throw new Error(describe(error));
  }
  return data.status;
}
