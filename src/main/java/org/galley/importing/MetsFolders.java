package org.galley.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.galley.common.UserFacingException;
import org.galley.importing.layout.LayoutFormat;
import org.galley.importing.layout.MetsReader;

/**
 * A ZIP with folders is an issue only when a METS file in it names the files in those folders: every file in a
 * folder must be a METS or be named by one (its href resolved against the METS's own folder, never above the
 * archive's top). Anything else is refused as before, naming the first file in a folder that nobody names.
 */
final class MetsFolders {

    private MetsFolders() {
    }

    static void check(String zipName, List<PageUpload> entries) {
        List<PageUpload> inFolders = entries.stream().filter(e -> e.name().contains("/")).toList();
        if (inFolders.isEmpty()) {
            return;
        }
        Set<String> named = new HashSet<>();
        for (PageUpload e : entries) {
            if (LayoutFormat.isMets(e.bytes())) {
                named.add(e.name());
                for (List<String> page : MetsReader.pages(e.name(), e.bytes())) {
                    for (String href : page) {
                        String path = resolve(folder(e.name()), href);
                        if (path != null) {
                            named.add(path);
                        }
                    }
                }
            }
        }
        for (PageUpload e : inFolders) {
            // An image beside a named file, of the same name (NDNP's METS names the TIFF and JP2, not a JPEG).
            boolean beside = named.stream().anyMatch(n -> PagePlan.samePlace(n, e.name()));
            if (!named.contains(e.name()) && !beside) {
                throw new UserFacingException("import.error.zipFolder", zipName, e.name());
            }
        }
    }

    static String folder(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    /** A METS href resolved against its folder; null when it leaves the archive, is absolute or is a URL. */
    static String resolve(String folder, String href) {
        if (href == null || href.isBlank() || href.contains(":") || href.startsWith("/") || href.contains("\\")) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String p : (folder + href).split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
                continue;
            }
            parts.add(p);
        }
        return String.join("/", parts);
    }
}
