package dcplanner.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dcplanner.io.AtomicFiles.CannotWriteException;

/** The one file writer against every kind of target: regular files, devices, FIFOs, folders. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    private static void write(Path target, String text) {
        AtomicFiles.write(target, writer -> writer.write(text));
    }

    private static int mode(Path file) throws IOException {
        int mode = 0;
        for (PosixFilePermission permission : Files.getPosixFilePermissions(file)) {
            mode |= 1 << (8 - permission.ordinal()); // OWNER_READ is 0400 ... OTHERS_EXECUTE is 0001
        }
        return mode;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + out).isZero();
        return out;
    }

    private List<Path> listing() throws IOException {
        try (var files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void anExistingFileKeepsItsPermissionsAndGetsTheNewContent() throws IOException {
        for (String permissions : List.of("rw-r-----", "rw----r--", "rwxr-xr-x", "r--------")) {
            Path file = dir.resolve("kept-" + permissions + ".csv");
            Files.writeString(file, "old content that is longer than the new one\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
            write(file, "new\n");
            assertThat(Files.readString(file)).isEqualTo("new\n");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo(permissions);
        }
        assertThat(listing()).allMatch(p -> p.getFileName().toString().startsWith("kept-")); // no temporary left
    }

    @Test
    void aNewFileGetsThePermissionsTheUmaskGives() throws Exception {
        // the JVM's umask, as a child process inherits it: new files are 0666 less the umask (POSIX open(2))
        int umask = Integer.parseInt(run("sh", "-c", "umask"), 8);
        Path file = dir.resolve("new.csv");
        write(file, "a,b\n1,2\n");
        assertThat(Integer.toOctalString(mode(file))).isEqualTo(Integer.toOctalString(0666 & ~umask));
        // and the same file created by the shell under the same umask has the same mode
        Path byShell = dir.resolve("by-shell.csv");
        run("sh", "-c", "printf x > '" + byShell + "'");
        assertThat(mode(file)).isEqualTo(mode(byShell));
    }

    @Test
    void aSymbolicLinkIsKeptAndItsFileReplaced() throws IOException {
        Path real = Files.writeString(dir.resolve("real.csv"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real.getFileName());
        write(link, "new\n");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new\n");
    }

    @Test
    void aFifoIsWrittenIntoNotReplaced() throws Exception {
        Path fifo = dir.resolve("pipe");
        run("mkfifo", fifo.toString());
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        write(fifo, "hour,kw\n1,600\n");
        assertThat(reader.get(20, TimeUnit.SECONDS)).isEqualTo("hour,kw\n1,600\n");
        assertThat(Files.readAttributes(fifo, BasicFileAttributes.class).isOther()).as("still a FIFO").isTrue();
        assertThat(listing()).containsExactly(fifo);
    }

    @Test
    void aFullDeviceIsAWriteErrorAndStaysADevice() {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "/dev/full is a Linux device");
        assertThatThrownBy(() -> write(full, "x".repeat(200_000))).isInstanceOf(CannotWriteException.class)
                .hasMessage("cannot write /dev/full: No space left on device");
        assertThat(Files.isRegularFile(full)).isFalse();
        write(Path.of("/dev/null"), "discarded\n");
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
    }

    @Test
    void standardOutputNamesGoToTheCommandsOutput() {
        for (String name : List.of("-", "/dev/stdout")) {
            StringWriter out = new StringWriter();
            AtomicFiles.write(name, out, writer -> writer.write("a,b\n"));
            assertThat(out).hasToString("a,b\n");
            AtomicFiles.requireWritable(name);
        }
    }

    @Test
    void aDirectoryAndAMissingFolderAreRefused() throws IOException {
        assertThatThrownBy(() -> write(dir, "x")).isInstanceOf(CannotWriteException.class)
                .hasMessage("cannot write " + dir + ": it is a directory");
        Path missing = dir.resolve("no-such-folder/out.csv");
        assertThatThrownBy(() -> write(missing, "x")).hasMessage("cannot write " + missing + ": the folder "
                + missing.getParent() + " does not exist (folders are not created: create it first)");
        assertThatThrownBy(() -> AtomicFiles.requireWritable(missing.toString())).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> AtomicFiles.requireWritable(dir.toString())).hasMessageContaining("it is a directory");
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        assertThatThrownBy(() -> write(file.resolve("out.csv"), "x")).hasMessageContaining("is not a folder");
        assertThat(Files.exists(missing.getParent())).isFalse();
    }

    @Test
    void aFolderWithoutWritePermissionIsAPlainError() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("read-only"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            if (isWritable(folder)) {
                folder = Path.of("/sys"); // root ignores permission bits; sysfs refuses new files even to root
            }
            assumeTrue(!isWritable(folder), "no folder refuses writing here");
            Path target = folder.resolve("dc-planner-test.csv");
            assertThatThrownBy(() -> write(target, "x")).isInstanceOf(CannotWriteException.class)
                    .hasMessage("cannot write " + target + ": permission denied");
            assertThat(Files.exists(target)).isFalse();
        } finally {
            Files.setPosixFilePermissions(dir.resolve("read-only"), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static boolean isWritable(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void aFailureWhileWritingLeavesTheOldFileAndNoTemporary() throws IOException {
        Path file = Files.writeString(dir.resolve("results.csv"), "the old results\n");
        assertThatThrownBy(() -> AtomicFiles.write(file, writer -> {
            writer.write("half of the new ");
            throw new IllegalStateException("internal error: pue is NaN");
        })).hasMessage("internal error: pue is NaN");
        assertThat(Files.readString(file)).isEqualTo("the old results\n");
        assertThat(listing()).containsExactly(file);
    }

    @Test
    void fileNamesWithControlCharactersAreEscapedInMessages() {
        Path missing = dir.resolve("no\u001b[31mfolder/out.csv");
        assertThatThrownBy(() -> write(missing, "x")).message().doesNotContain("\u001b").contains("\\x1b[31m");
    }
}
