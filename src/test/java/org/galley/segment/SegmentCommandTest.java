package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return SegmentCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void oneFilePrintsProposalJson() throws Exception {
        Path f = write("page.txt", "\uFEFF本报讯 正文，写在这里。\n\n标题\n".getBytes(StandardCharsets.UTF_8));
        assertThat(run(f.toString())).isZero();
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"source\": \"page.txt\"", "\"language\": \"zh-Hans\"", "\"headline\": \"标题\"");
        assertThat(err.size()).isZero();
    }

    @Test
    void outDirWritesOneJsonPerFile() throws Exception {
        Path a = write("a.txt", "STRIKE ENDS.\nThe men went back to work.\n".getBytes(StandardCharsets.UTF_8));
        Path b = write("b.page.txt", withUtf16Bom("本报讯 正文。\n\n标题\n"));
        Path target = dir.resolve("out/nested");
        assertThat(run("--out", target.toString(), a.toString(), b.toString())).isZero();
        assertThat(Files.readString(target.resolve("a.json"))).contains("\"headline\": \"STRIKE ENDS.\"");
        assertThat(Files.readString(target.resolve("b.page.json"))).contains("\"headline\": \"标题\"");
    }

    private static byte[] withUtf16Bom(String s) {
        byte[] body = s.getBytes(StandardCharsets.UTF_16LE);
        byte[] all = new byte[body.length + 2];
        all[0] = (byte) 0xFF;
        all[1] = (byte) 0xFE;
        System.arraycopy(body, 0, all, 2, body.length);
        return all;
    }

    @Test
    void severalFilesWithoutOutIsAUsageError() throws Exception {
        Path a = write("a.txt", "x".getBytes(StandardCharsets.UTF_8));
        assertThat(run(a.toString(), a.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--out DIR").contains("usage");
    }

    @Test
    void noArgumentsIsAUsageError() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage");
    }

    @Test
    void missingFileDirectoryAndUndecodableBytesAreOneLineErrors() throws Exception {
        assertThat(run(dir.resolve("nope.txt").toString())).isEqualTo(2);
        assertThat(run(dir.toString())).isEqualTo(2);
        Path bad = write("bad.txt", new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        assertThat(run(bad.toString())).isEqualTo(2);
        String[] lines = err.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).contains("no such file");
        assertThat(lines[1]).contains("directory");
        assertThat(lines[2]).contains("not valid UTF-8");
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("Exception", "\tat ");
        assertThat(out.size()).isZero();
    }
}
