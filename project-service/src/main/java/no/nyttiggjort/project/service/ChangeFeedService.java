package no.nyttiggjort.project.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import no.nyttiggjort.common.problem.ProblemException;
import no.nyttiggjort.common.security.Caller;
import no.nyttiggjort.project.repository.ChangeEventRepository;
import no.nyttiggjort.project.repository.ChangeEventRepository.ChangeEvent;

/**
 * The change feed as one municipality sees it: its own projects' events, and the SHARED, UNSHARED and ADOPTED
 * events of every municipality's projects. Cursors are opaque to clients: the event's sequence number,
 * base64url-wrapped with a version prefix so the format can change without breaking stored cursors.
 */
@ApplicationScoped
public class ChangeFeedService {

    private static final String PREFIX = "c1:";

    private final ChangeEventRepository changes;
    private final Caller caller;

    public ChangeFeedService(ChangeEventRepository changes, Caller caller) {
        this.changes = changes;
        this.caller = caller;
    }

    /** @param next the cursor to pass as {@code after} next time: the last event's, or the given one when there was none */
    public record FeedPage(List<ChangeEvent> items, String next, boolean hasMore) {
    }

    @Transactional
    public FeedPage after(String cursor, int size) {
        long after = decode(cursor);
        List<ChangeEvent> events = changes.after(caller.municipality(), after, size + 1);
        boolean more = events.size() > size;
        List<ChangeEvent> page = more ? events.subList(0, size) : events;
        long last = page.isEmpty() ? after : page.get(page.size() - 1).seq();
        return new FeedPage(page, encode(last), more);
    }

    public static String encode(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + seq).getBytes(StandardCharsets.UTF_8));
    }

    static long decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                long seq = Long.parseLong(text.substring(PREFIX.length()));
                if (seq >= 0) {
                    return seq;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the 400 below (NumberFormatException is an IllegalArgumentException too)
        }
        throw ProblemException.invalidField("after", "is not a cursor this feed gave out; omit it to start from the beginning");
    }
}
