package no.nyttiggjort.launcher;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The end of a log file, for the message that says why a component did not start. */
final class LogTail {

    /** Keycloak's stack traces are long; 64 KiB holds far more than the lines we show. */
    private static final int MAX_BYTES = 64 * 1024;
    private static final int MAX_LINES_SCANNED = 2000;
    private static final Pattern STACK_FRAME = Pattern.compile("\\s+(at .*|\\.\\.\\. \\d+ (more|common frames omitted))");

    private LogTail() {
    }

    static List<String> lastLines(Path file, int count) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            int size = (int) Math.min(length, MAX_BYTES);
            byte[] bytes = new byte[size];
            raf.seek(length - size);
            raf.readFully(bytes);
            String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\r?\n");
            return Arrays.asList(lines).subList(Math.max(0, lines.length - count), lines.length);
        }
    }

    /**
     * The tail framed for a message. Stack frames are left out: what says why a Java process
     * failed is the exception and "Caused by" lines, and twenty frames would push those out.
     */
    static String describe(Path file, int count) {
        try {
            List<String> lines = lastLines(file, MAX_LINES_SCANNED).stream()
                    .filter(line -> !STACK_FRAME.matcher(line).matches())
                    .collect(Collectors.toList());
            lines = lines.subList(Math.max(0, lines.size() - count), lines.size());
            if (lines.isEmpty()) {
                return "(its log " + file + " is empty)";
            }
            return "--- last " + lines.size() + " lines of " + file + " (stack frames left out) ---\n"
                    + String.join("\n", lines) + "\n--- end of " + file.getFileName() + " ---";
        } catch (IOException e) {
            return "(its log " + file + " cannot be read: " + e + ")";
        }
    }
}
