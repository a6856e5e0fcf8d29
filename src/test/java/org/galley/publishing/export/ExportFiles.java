package org.galley.publishing.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** Test helpers for exports: the official NITF schema, loaded offline, and a ZIP read back into its files. */
public final class ExportFiles {

    private ExportFiles() {
    }

    /** NITF 3.6 from the test resources; its imports resolve locally, never over the network. */
    public static Schema nitfSchema() throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.newSchema(ExportFiles.class.getResource("/publishing/nitf-3.6/nitf-3-6.xsd"));
    }

    /** Entry name to text, in the ZIP's own order. */
    public static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
