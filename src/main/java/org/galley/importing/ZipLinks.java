package org.galley.importing;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.ZipException;

/**
 * Finds entries a ZIP marks as symbolic links. Only the central directory says so (a Unix "version made by" and
 * the file mode in the external attributes), and {@link java.util.zip.ZipInputStream} never reads it, so this
 * reads that directory itself: the end record, then each directory header. A ZIP whose directory cannot be
 * found or read is reported as damaged (an {@link IOException}).
 */
final class ZipLinks {

    private static final int END = 0x06054b50;
    private static final int END64_LOCATOR = 0x07064b50;
    private static final int END64 = 0x06064b50;
    private static final int HEADER = 0x02014b50;
    private static final int UNIX = 3;
    private static final int S_IFMT = 0170000;
    private static final int S_IFLNK = 0120000;
    /** 500 entries of long names and extras fit in far less; a bigger directory is not an issue of pages. */
    private static final long MAX_DIRECTORY = 16L * 1024 * 1024;

    private ZipLinks() {
    }

    /** Random access to an archive's bytes, in memory or in a spooled file. */
    interface Source extends Closeable {
        long size() throws IOException;

        byte[] read(long position, int length) throws IOException;

        @Override
        default void close() throws IOException {
        }

        static Source of(byte[] bytes) {
            return new Source() {
                public long size() {
                    return bytes.length;
                }

                public byte[] read(long position, int length) {
                    byte[] out = new byte[length];
                    System.arraycopy(bytes, (int) position, out, 0, length);
                    return out;
                }
            };
        }

        static Source of(Path file) throws IOException {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            return new Source() {
                public long size() throws IOException {
                    return channel.size();
                }

                public byte[] read(long position, int length) throws IOException {
                    ByteBuffer buffer = ByteBuffer.allocate(length);
                    while (buffer.hasRemaining()) {
                        if (channel.read(buffer, position + buffer.position()) < 0) {
                            throw new ZipException("archive ends early");
                        }
                    }
                    return buffer.array();
                }

                public void close() throws IOException {
                    channel.close();
                }
            };
        }
    }

    /** The name of the first entry marked as a symbolic link, or null if there is none. */
    static String firstLink(Source zip) throws IOException {
        long size = zip.size();
        int tailLength = (int) Math.min(size, 22 + 0xFFFF);
        byte[] tail = zip.read(size - tailLength, tailLength);
        int end = -1;
        for (int i = tailLength - 22; i >= 0; i--) {
            if (u32(tail, i) == END) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw new ZipException("no end of central directory");
        }
        long directorySize = u32(tail, end + 12);
        long directoryOffset = u32(tail, end + 16);
        if (directoryOffset == 0xFFFFFFFFL || directorySize == 0xFFFFFFFFL) {
            // ZIP64: the real figures are in the ZIP64 end record, found through its locator just before.
            long locatorAt = size - tailLength + end - 20;
            if (locatorAt < 0) {
                throw new ZipException("no ZIP64 locator");
            }
            byte[] locator = zip.read(locatorAt, 20);
            if (u32(locator, 0) != END64_LOCATOR) {
                throw new ZipException("no ZIP64 locator");
            }
            long end64At = u64(locator, 8);
            if (end64At < 0 || end64At + 56 > size) {
                throw new ZipException("bad ZIP64 end record");
            }
            byte[] end64 = zip.read(end64At, 56);
            if (u32(end64, 0) != END64) {
                throw new ZipException("bad ZIP64 end record");
            }
            directorySize = u64(end64, 40);
            directoryOffset = u64(end64, 48);
        }
        if (directorySize < 0 || directoryOffset < 0 || directorySize > MAX_DIRECTORY || directoryOffset + directorySize > size) {
            throw new ZipException("central directory out of bounds");
        }
        byte[] directory = zip.read(directoryOffset, (int) directorySize);
        int p = 0;
        while (p + 46 <= directory.length) {
            if (u32(directory, p) != HEADER) {
                throw new ZipException("bad central directory header");
            }
            int madeBy = directory[p + 5] & 0xFF;
            int nameLength = u16(directory, p + 28);
            int extraLength = u16(directory, p + 30);
            int commentLength = u16(directory, p + 32);
            long external = u32(directory, p + 38);
            if (p + 46 + nameLength > directory.length) {
                throw new ZipException("bad central directory header");
            }
            if (madeBy == UNIX && ((external >>> 16) & S_IFMT) == S_IFLNK) {
                return new String(directory, p + 46, nameLength, StandardCharsets.UTF_8);
            }
            p += 46 + nameLength + extraLength + commentLength;
        }
        return null;
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int i) {
        return (u16(b, i) | (long) u16(b, i + 2) << 16) & 0xFFFFFFFFL;
    }

    private static long u64(byte[] b, int i) {
        return u32(b, i) | u32(b, i + 4) << 32;
    }
}
