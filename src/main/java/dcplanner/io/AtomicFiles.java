package dcplanner.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import dcplanner.text.InputText;

/**
 * The one writer of every file dc-planner writes (hourly CSV, batch results, charts, reports,
 * workspaces). Give it the target as the user typed it and the content:
 * {@code AtomicFiles.write(target, out, writer -> ...)}.
 *
 * <ul>
 * <li>A regular file (new or existing) is written to a temporary file in the same folder, synced,
 * and moved into place, so that a crash or an error never leaves half a file. An existing file
 * keeps its permissions (and, where allowed, its owner and group); a new file gets the
 * permissions the umask gives (0666 less the umask), as any Unix tool's output does. A symbolic
 * link to a regular file is kept and the file it points to is replaced.</li>
 * <li>{@code -}, {@code /dev/stdout}, {@code /dev/fd/1} and {@code /proc/self/fd/1} mean the
 * command's standard output: the content goes there, in order with the rest of the output.</li>
 * <li>A target that exists and is not a regular file (a device such as {@code /dev/null}, a FIFO,
 * a terminal, or a path through {@code /dev/fd} or {@code /proc/self/fd}) is never replaced: it is
 * opened and written directly (appending for file descriptors), so a FIFO waits for its reader.</li>
 * <li>A directory is refused, and so is a target whose folder does not exist: folders are never
 * created (a mistyped folder name should not silently grow a tree of folders).</li>
 * <li>Every failure is a {@link CannotWriteException}: {@code cannot write FILE: reason}
 * ({@code No space left on device}, {@code permission denied}...), which the shell reports with
 * exit code 1; no temporary file is left behind.</li>
 * </ul>
 */
public final class AtomicFiles {

    /** The target name that means standard output. */
    public static final String STANDARD_OUTPUT = "-";

    private static final Set<String> STANDARD_OUTPUT_NAMES = Set.of(STANDARD_OUTPUT, "/dev/stdout", "/dev/fd/1",
            "/proc/self/fd/1");

    /** Writes content to a writer; may throw IOException. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer writer) throws IOException;
    }

    /** Writes bytes (an image) to a stream; may throw IOException. */
    @FunctionalInterface
    public interface BinaryContent {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A file that cannot be written; the message is {@code cannot write FILE: reason}. */
    public static final class CannotWriteException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        CannotWriteException(String target, String reason, Throwable cause) {
            super("cannot write " + InputText.printable(target) + ": " + reason, cause);
        }
    }

    private AtomicFiles() {
    }

    /** Whether {@code target} names standard output ({@code -}, {@code /dev/stdout}...). */
    public static boolean isStandardOutput(String target) {
        return STANDARD_OUTPUT_NAMES.contains(target.trim());
    }

    /**
     * Writes {@code content} to {@code target} as described in the class comment;
     * {@code standardOutput} receives it when the target names standard output (it is flushed, not
     * closed).
     *
     * @throws CannotWriteException when the target cannot be written
     */
    public static void write(String target, Writer standardOutput, Content content) {
        if (isStandardOutput(target)) {
            try {
                content.writeTo(standardOutput);
                standardOutput.flush();
            } catch (IOException e) {
                throw new CannotWriteException("standard output", reason(e), e);
            }
            return;
        }
        write(path(target), content);
    }

    /**
     * Fails early, before a long computation, when {@code target} can be seen not to be writable:
     * a directory, or a folder that does not exist. Writing may still fail later (disk full).
     *
     * @throws CannotWriteException naming the reason
     */
    public static void requireWritable(String target) {
        if (isStandardOutput(target)) {
            return;
        }
        Path path = path(target);
        if (Files.isDirectory(path)) {
            throw new CannotWriteException(target, "it is a directory", null);
        }
        if (!Files.exists(path)) {
            requireFolder(path, target);
        }
    }

    /**
     * Writes {@code content} to the file {@code target} as described in the class comment (no
     * standard output here: {@code -} is a file of that name).
     *
     * @throws CannotWriteException when the target cannot be written
     */
    public static void write(Path target, Content content) {
        writeBytes(target, text(content));
    }

    /**
     * Writes bytes (a PNG image) to the file {@code target}, with the same guarantees as
     * {@link #write(Path, Content)}.
     *
     * @throws CannotWriteException when the target cannot be written
     */
    public static void writeBytes(Path target, BinaryContent content) {
        String shown = target.toString();
        if (Files.isDirectory(target)) {
            throw new CannotWriteException(shown, "it is a directory", null);
        }
        try {
            boolean exists = Files.exists(target);
            boolean throughDescriptor = exists && isThroughDescriptor(target);
            if (exists && (!Files.isRegularFile(target) || throughDescriptor)) {
                writeDirectly(target, content, throughDescriptor);
                return;
            }
            Path file = exists ? target.toRealPath() : target.toAbsolutePath();
            requireFolder(file, shown);
            replace(file, content);
        } catch (IOException e) {
            throw new CannotWriteException(shown, reason(e), e);
        }
    }

    /** Text content as UTF-8 bytes, through a buffered writer that is flushed (not closed) at the end. */
    private static BinaryContent text(Content content) {
        return out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            content.writeTo(writer);
            writer.flush();
        };
    }

    /**
     * The output folder of a command that writes several files ({@code --out DIR}, {@code --charts DIR}):
     * an existing folder is used as it is; a missing one is created (with its parents) and
     * {@code notice} is told so, to be shown on stderr. Unlike a file's folder, a folder named as the
     * output folder is the user's explicit request, so it is created rather than refused.
     *
     * @throws CannotWriteException when the path exists and is not a folder, or cannot be created
     */
    public static Path outputFolder(String folder, java.util.function.Consumer<String> notice) {
        Path path = path(folder);
        if (Files.isDirectory(path)) {
            return path;
        }
        if (Files.exists(path)) {
            throw new CannotWriteException(folder, "it is not a folder", null);
        }
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new CannotWriteException(folder, reason(e), e);
        }
        notice.accept("created folder " + InputText.printable(path.toString()));
        return path;
    }

    private static Path path(String target) {
        if (target.isBlank()) {
            throw new CannotWriteException(target, "no file name given", null);
        }
        try {
            return Path.of(target);
        } catch (InvalidPathException e) {
            throw new CannotWriteException(target, "not a valid file name (" + e.getReason() + ")", e);
        }
    }

    private static void requireFolder(Path file, String shown) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new CannotWriteException(shown, Files.exists(folder) ? InputText.printable(folder.toString())
                    + " is not a folder" : "the folder " + InputText.printable(folder.toString())
                    + " does not exist (folders are not created: create it first)", null);
        }
    }

    /** A path reached through a file descriptor link (/dev/stderr, /dev/fd/N, /proc/self/fd/N). */
    private static boolean isThroughDescriptor(Path target) throws IOException {
        Path current = target.toAbsolutePath();
        for (int hops = 0; hops < 40 && Files.isSymbolicLink(current); hops++) {
            if (isDescriptorFolder(current.getParent())) {
                return true;
            }
            Path link = Files.readSymbolicLink(current);
            current = current.getParent().resolve(link).normalize();
        }
        return isDescriptorFolder(current.getParent());
    }

    private static boolean isDescriptorFolder(Path folder) {
        if (folder == null) {
            return false;
        }
        String name = folder.toString();
        return name.equals("/dev/fd") || name.startsWith("/proc/") && name.endsWith("/fd");
    }

    private static void writeDirectly(Path target, BinaryContent content, boolean append) throws IOException {
        try (OutputStream stream = append
                ? Files.newOutputStream(target, StandardOpenOption.WRITE, StandardOpenOption.APPEND)
                : Files.newOutputStream(target, StandardOpenOption.WRITE)) {
            content.writeTo(stream);
        }
    }

    private static void replace(Path file, BinaryContent content) throws IOException {
        Path folder = file.getParent();
        Path temporary = null;
        try {
            temporary = newTemporary(folder, file.getFileName().toString());
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                OutputStream stream = new java.io.BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(stream);
                stream.flush();
                channel.force(true);
            }
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                keepAttributes(file, temporary);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the original failure is what matters
                }
            }
        }
    }

    /**
     * A new empty file next to the target, created without explicit permissions so that the
     * operating system applies the umask (Files.createTempFile would force 0600).
     */
    private static Path newTemporary(Path folder, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path candidate = folder.resolve("." + name + "." + Long.toUnsignedString(
                    ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                Files.newOutputStream(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return candidate;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /** The existing file's permissions, and its owner and group where we may set them. */
    private static void keepAttributes(Path existing, Path replacement) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(existing, PosixFileAttributeView.class);
        if (view == null) {
            return; // not a POSIX file system: nothing to keep
        }
        PosixFileAttributes old = view.readAttributes();
        PosixFileAttributeView target = Files.getFileAttributeView(replacement, PosixFileAttributeView.class);
        PosixFileAttributes now = target.readAttributes();
        try {
            if (!now.group().equals(old.group())) {
                target.setGroup(old.group());
            }
            if (!now.owner().equals(old.owner())) {
                target.setOwner(old.owner());
            }
        } catch (IOException e) {
            // only a privileged user may give a file away; the permissions below still hold
        }
        Files.setPosixFilePermissions(replacement, old.permissions());
    }

    /** The operating system's reason, in its words ("No space left on device"). */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is not a folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
