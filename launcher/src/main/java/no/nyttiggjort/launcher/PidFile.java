package no.nyttiggjort.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** {@code <data>/launcher.pid}: how {@code nyttiggjort stop} finds the launcher that runs in another terminal. */
final class PidFile {

    private final Path file;

    PidFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    /** The recorded process, if it is still alive; a file left by a launcher that was killed yields empty. */
    Optional<ProcessHandle> liveProcess() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        long pid;
        try {
            pid = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new StackException(file + " does not hold a pid (\"" + text + "\"); delete it if no launcher runs", e);
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(PidFile::isJava);
    }

    /** Pids are reused: after a reboot the number may belong to anything, and we must not signal that. */
    private static boolean isJava(ProcessHandle handle) {
        return handle.info().command().map(c -> Path.of(c).getFileName().toString().startsWith("java")).orElse(true);
    }

    /** Records this JVM; the file goes when the JVM exits, after the shutdown hooks have stopped the stack. */
    void writeCurrent() {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, ProcessHandle.current().pid() + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        file.toFile().deleteOnExit();
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + file, e);
        }
    }
}
