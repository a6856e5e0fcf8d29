package org.galley.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.galley.common.Hashes;
import org.galley.common.UserFacingException;
import org.galley.importing.layout.LayoutFormat;
import org.galley.importing.layout.LayoutReaders;
import org.galley.importing.layout.MetsReader;
import org.galley.importing.layout.PageImages;
import org.galley.importing.layout.PdfReader;
import org.galley.importing.layout.ReadPage;
import org.galley.layout.PageImage;
import org.galley.layout.SourceFile;

/**
 * Turns the files of one upload into pages. Text files are decoded as before. A layout file (ALTO, hOCR, PAGE,
 * PDF) becomes a page with its geometry and original; a JPEG, PNG or TIFF of the same base name is its image,
 * and a PDF page without one is rendered. With a METS file, the METS decides: one page per structMap page, in
 * its order, from the files it names (ALTO before PDF before hOCR and PAGE for the text; an image, else the
 * PDF rendered, for the picture; JPEG 2000 is left aside). Every refusal names the file and stops the upload.
 */
final class PagePlan {

    private PagePlan() {
    }

    static List<PreparedPage> prepare(List<PageUpload> uploads, String encodingOverride) {
        List<PageUpload> mets = uploads.stream().filter(u -> LayoutFormat.isMets(u.bytes())).toList();
        if (!mets.isEmpty()) {
            return fromMets(mets, uploads);
        }
        Map<String, PageUpload> images = new LinkedHashMap<>();
        List<PageUpload> pages = new ArrayList<>();
        for (PageUpload u : uploads) {
            if (PageImages.isImage(u.bytes())) {
                PageUpload other = images.put(place(u.name()), u);
                if (other != null) {
                    throw UserFacingException.conflict("import.error.imageTwice", other.name(), u.name());
                }
            } else if (!PageImages.isJpeg2000(u.bytes())) {
                pages.add(u);
            }
        }
        // An ALTO (hOCR, PAGE) page and a PDF of the same name are one page: text from the XML, picture from the PDF.
        Map<String, PageUpload> pdfs = new HashMap<>();
        java.util.Set<String> xmlBases = new java.util.HashSet<>();
        for (PageUpload u : pages) {
            LayoutFormat f = LayoutFormat.detect(u.bytes());
            if (f == LayoutFormat.PDF) {
                pdfs.put(place(u.name()), u);
            } else if (f != null) {
                xmlBases.add(place(u.name()));
            }
        }
        List<PageUpload> own = pages.stream()
                .filter(u -> !(LayoutFormat.detect(u.bytes()) == LayoutFormat.PDF && xmlBases.contains(place(u.name())))).toList();
        List<PreparedPage> out = new ArrayList<>();
        for (PageUpload page : PageOrder.sorted(own)) {
            PageUpload image = images.remove(place(page.name()));
            LayoutFormat format = LayoutFormat.detect(page.bytes());
            if (format != null && format != LayoutFormat.PDF) {
                out.add(layoutWithPictures(page, page.pageNumber(), image, pdfs.get(place(page.name()))));
            } else {
                out.addAll(page(page, image, page.pageNumber(), encodingOverride));
            }
        }
        if (!images.isEmpty()) {
            throw new UserFacingException("import.error.imageAlone", images.values().iterator().next().name());
        }
        return out;
    }

    /** One upload's page(s): text, or a layout file with its image. */
    private static List<PreparedPage> page(PageUpload page, PageUpload image, Integer number, String encodingOverride) {
        LayoutFormat format = LayoutFormat.detect(page.bytes());
        if (format == null) {
            if (image != null) {
                throw new UserFacingException("import.error.imageForText", image.name(), page.name());
            }
            if (LayoutFormat.namedLikeLayout(page.name()) || LayoutFormat.looksLikeXml(page.bytes())) {
                // A .xml/.pdf/.html file that is not a layout format is never taken for plain text.
                LayoutReaders.read(page.name(), page.bytes());
            }
            DecodedPage decoded = PageDecoder.decode(page.name(), page.bytes(), encodingOverride);
            return List.of(new PreparedPage(page.name(), number, decoded.text(), decoded.encoding(), null, null));
        }
        if (format == LayoutFormat.PDF) {
            return pdf(page, image, number);
        }
        ReadPage read = LayoutReaders.read(page.name(), page.bytes()).get(0);
        PageImage picture = image == null ? null : PageImages.uploaded(image.name(), image.bytes(), read.width(), read.height());
        return List.of(layoutPage(page, number, read, picture));
    }

    private static List<PreparedPage> pdf(PageUpload page, PageUpload image, Integer number) {
        try (PDDocument doc = PdfReader.open(page.name(), page.bytes())) {
            List<ReadPage> read = LayoutReaders.read(page.name(), page.bytes());
            if (image != null && read.size() > 1) {
                throw new UserFacingException("import.error.imageForManyPages", image.name(), page.name());
            }
            List<PreparedPage> out = new ArrayList<>();
            for (int i = 0; i < read.size(); i++) {
                ReadPage r = read.get(i);
                PageImage picture = image != null
                        ? PageImages.uploaded(image.name(), image.bytes(), r.width(), r.height())
                        : PageImages.render(page.name(), doc, i);
                if (read.size() == 1) {
                    out.add(layoutPage(page, number, r, picture));
                } else {
                    // A PDF of several pages: each its own page, numbered on from the file's number (or 1).
                    int n = (number == null ? 1 : number) + i;
                    out.add(layoutPage(new PageUpload(page.name() + " p" + (i + 1), n, page.bytes()), n, r, picture));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PreparedPage layoutPage(PageUpload file, Integer number, ReadPage read, PageImage image) {
        SourceFile source = new SourceFile(read.format().name(), file.name(), read.format().mediaType(), file.bytes(),
                Hashes.sha256(file.bytes()));
        return new PreparedPage(file.name(), number, read.text(), read.format().name(), read.geometry(),
                read.laidOut(source, image));
    }

    private static List<PreparedPage> fromMets(List<PageUpload> mets, List<PageUpload> uploads) {
        Map<String, PageUpload> byPath = new HashMap<>();
        Map<String, List<PageUpload>> byName = new HashMap<>();
        for (PageUpload u : uploads) {
            byPath.put(u.name(), u);
            // Files chosen one by one beside their METS arrive without its folders: match by name too, when the
            // name is the upload's only one of that name.
            byName.computeIfAbsent(u.name().substring(u.name().lastIndexOf('/') + 1), k -> new ArrayList<>()).add(u);
        }
        // Several METS (NDNP keeps a copy per version): the one naming most of the files uploaded decides.
        PageUpload chosen = null;
        List<List<PageUpload>> chosenPages = null;
        int best = -1;
        for (PageUpload m : mets) {
            List<List<PageUpload>> pages = new ArrayList<>();
            int found = 0;
            for (List<String> hrefs : MetsReader.pages(m.name(), m.bytes())) {
                List<PageUpload> files = new ArrayList<>();
                for (String href : hrefs) {
                    String path = MetsFolders.resolve(MetsFolders.folder(m.name()), href);
                    PageUpload u = path == null ? null : byPath.get(path);
                    if (u == null && path != null) {
                        List<PageUpload> same = byName.getOrDefault(path.substring(path.lastIndexOf('/') + 1), List.of());
                        if (same.size() > 1) {
                            throw new UserFacingException("import.error.ambiguousName", same.get(0).name().substring(
                                    same.get(0).name().lastIndexOf('/') + 1));
                        }
                        u = same.isEmpty() ? null : same.get(0);
                    }
                    if (u != null) {
                        files.add(u);
                    }
                }
                found += files.size();
                if (!files.isEmpty()) {
                    pages.add(files);
                }
            }
            if (found > best) {
                best = found;
                chosen = m;
                chosenPages = pages;
            }
        }
        if (chosenPages == null || chosenPages.isEmpty()) {
            throw new UserFacingException("import.error.metsNoFiles", mets.get(0).name());
        }
        java.util.Set<String> used = new java.util.HashSet<>();
        mets.forEach(m -> used.add(m.name()));
        List<PreparedPage> out = new ArrayList<>();
        int number = 0;
        for (List<PageUpload> files : chosenPages) {
            number++;
            files.forEach(f -> used.add(f.name()));
            PageUpload text = pick(files, LayoutFormat.ALTO, LayoutFormat.PDF, LayoutFormat.HOCR, LayoutFormat.PAGE);
            if (text == null) {
                throw new UserFacingException("import.error.metsPageNoText", chosen.name(), number);
            }
            // NDNP METS name TIFF masters and JP2s; a JPEG beside them, of the same name, is the page's image too.
            PageUpload image = files.stream().filter(f -> PageImages.isImage(f.bytes())).findFirst()
                    .or(() -> uploads.stream().filter(u -> PageImages.isImage(u.bytes()) && files.stream()
                            .anyMatch(f -> samePlace(f.name(), u.name()))).findFirst()).orElse(null);
            if (image != null) {
                used.add(image.name());
            }
            PageUpload pdf = pick(files, LayoutFormat.PDF);
            if (LayoutFormat.detect(text.bytes()) == LayoutFormat.PDF) {
                out.addAll(pdf(text, image, number));
                continue;
            }
            out.add(layoutWithPictures(text, number, image, pdf));
        }
        for (PageUpload u : uploads) {
            if (!used.contains(u.name()) && !PageImages.isJpeg2000(u.bytes())) {
                throw new UserFacingException("import.error.metsUnlisted", u.name(), chosen.name());
            }
        }
        return out;
    }

    /** An XML layout page; its picture from the image if there is one, else rendered from the PDF if there is one. */
    private static PreparedPage layoutWithPictures(PageUpload text, Integer number, PageUpload image, PageUpload pdf) {
        ReadPage read = LayoutReaders.read(text.name(), text.bytes()).get(0);
        PageImage picture;
        if (image != null) {
            picture = PageImages.uploaded(image.name(), image.bytes(), read.width(), read.height());
        } else if (pdf != null) {
            try (PDDocument doc = PdfReader.open(pdf.name(), pdf.bytes())) {
                picture = PageImages.render(pdf.name(), doc, 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            picture = null;
        }
        return layoutPage(text, number, read, picture);
    }

    private static PageUpload pick(List<PageUpload> files, LayoutFormat... preference) {
        for (LayoutFormat f : preference) {
            for (PageUpload u : files) {
                if (LayoutFormat.detect(u.bytes()) == f) {
                    return u;
                }
            }
        }
        return null;
    }

    /** What the import view shows for a file before importing: how it will be read and its first lines. */
    static ImportService.Preview preview(PageUpload page, String encodingOverride, int lines) {
        if (LayoutFormat.isMets(page.bytes())) {
            MetsReader.pages(page.name(), page.bytes());
            return new ImportService.Preview(page.name(), null, "METS", List.of());
        }
        if (PageImages.isImage(page.bytes()) || PageImages.isJpeg2000(page.bytes())) {
            return new ImportService.Preview(page.name(), page.pageNumber(),
                    PageImages.isImage(page.bytes()) ? "image" : "JPEG 2000", List.of());
        }
        LayoutFormat format = LayoutFormat.detect(page.bytes());
        if (format == null && (LayoutFormat.namedLikeLayout(page.name()) || LayoutFormat.looksLikeXml(page.bytes()))) {
            LayoutReaders.read(page.name(), page.bytes());
        }
        if (format != null) {
            ReadPage read = LayoutReaders.read(page.name(), page.bytes()).get(0);
            return new ImportService.Preview(page.name(), page.pageNumber(), format.name(),
                    read.text().lines().filter(l -> !l.isBlank()).limit(lines).toList());
        }
        DecodedPage decoded = PageDecoder.decode(page.name(), page.bytes(), encodingOverride);
        return new ImportService.Preview(page.name(), page.pageNumber(), decoded.encoding(), PageDecoder.previewLines(decoded, lines));
    }

    /** Same folder and same base name: "i/1289.xml" and "i/1289.jpg". */
    static boolean samePlace(String a, String b) {
        return MetsFolders.folder(a).equals(MetsFolders.folder(b)) && base(a).equals(base(b));
    }

    /** A file's folder and base name: "i/1289.jpg" and "i/1289.xml" share "i/1289", "j/1289.xml" does not. */
    static String place(String name) {
        return MetsFolders.folder(name) + base(name);
    }

    /** A file's name without folder and extension: "1289.jpg" and "issue/1289.xml" share "1289". */
    static String base(String name) {
        String n = name.substring(name.lastIndexOf('/') + 1);
        int dot = n.lastIndexOf('.');
        String b = (dot > 0 ? n.substring(0, dot) : n).toLowerCase(Locale.ROOT);
        // "page.hocr.html" goes with "page.tiff"
        return b.endsWith(".hocr") ? b.substring(0, b.length() - 5) : b;
    }
}
