package org.galley.importing.layout;

import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.galley.common.UserFacingException;

/**
 * An issue's METS (the NDNP profile and its kin): the files of each page, in the order of the structure map. A
 * page is a structMap div with file pointers; when the file has a PHYSICAL structure map, that one is used.
 */
public final class MetsReader {

    private MetsReader() {
    }

    /** Each page's file references (xlink:href as written, e.g. "./0011.xml"), pages in structMap order. */
    public static List<List<String>> pages(String fileName, byte[] bytes) {
        try (SafeXml.Cursor xml = SafeXml.open(fileName, bytes)) {
            if (!"mets".equals(xml.root())) {
                throw new UserFacingException("import.error.notFormat", fileName, "METS");
            }
            Map<String, String> hrefs = new HashMap<>();
            List<List<List<String>>> maps = new ArrayList<>();
            int physical = -1;
            String fileId = null;
            Deque<List<String>> divs = new ArrayDeque<>();
            List<List<String>> map = null;
            while (xml.hasNext()) {
                int e = xml.next();
                if (e == END_DOCUMENT) {
                    break;
                }
                if (e == END_ELEMENT) {
                    switch (xml.local()) {
                        case "div" -> {
                            if (!divs.isEmpty()) {
                                List<String> files = divs.pop();
                                if (!files.isEmpty() && map != null) {
                                    map.add(files);
                                }
                            }
                        }
                        case "structMap" -> map = null;
                        case "file" -> fileId = null;
                        default -> {
                        }
                    }
                    continue;
                }
                if (e != START_ELEMENT) {
                    continue;
                }
                switch (xml.local()) {
                    case "file" -> fileId = xml.attr("ID");
                    case "FLocat" -> {
                        String href = xml.xml.getAttributeValue("http://www.w3.org/1999/xlink", "href");
                        if (fileId != null && href != null && !hrefs.containsKey(fileId)) {
                            hrefs.put(fileId, href.strip());
                        }
                    }
                    case "structMap" -> {
                        map = new ArrayList<>();
                        if ("PHYSICAL".equalsIgnoreCase(xml.attr("TYPE")) && physical < 0) {
                            physical = maps.size();
                        }
                        maps.add(map);
                    }
                    case "div" -> divs.push(new ArrayList<>());
                    case "fptr" -> {
                        String id = xml.attr("FILEID");
                        if (id != null && !divs.isEmpty()) {
                            divs.peek().add(id);
                        }
                    }
                    default -> {
                    }
                }
            }
            if (maps.isEmpty()) {
                throw new UserFacingException("import.error.metsNoPages", fileName);
            }
            // The pages' divs closed in document order, innermost first: a page div holds the pointers.
            List<List<String>> chosen = maps.get(physical >= 0 ? physical : 0);
            List<List<String>> pages = new ArrayList<>();
            for (List<String> ids : chosen) {
                List<String> files = ids.stream().map(hrefs::get).filter(h -> h != null).toList();
                if (!files.isEmpty()) {
                    pages.add(files);
                }
            }
            if (pages.isEmpty()) {
                throw new UserFacingException("import.error.metsNoPages", fileName);
            }
            return pages;
        }
    }
}
