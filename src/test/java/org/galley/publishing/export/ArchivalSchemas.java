package org.galley.publishing.export;

import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * METS 1.12.1 and ALTO 4.4 from the test resources (copied from ../shared/schemas), validated offline: every
 * schema reference resolves to a local copy or fails, never the network; MODS inside METS is checked laxly, as
 * METS specifies for xmlData.
 */
final class ArchivalSchemas {

    private ArchivalSchemas() {
    }

    static Schema mets() throws SAXException {
        return load("/publishing/mets-1.12.1/mets.xsd");
    }

    static Schema alto() throws SAXException {
        return load("/publishing/alto-4.4/alto-4-4.xsd");
    }

    static void validate(Schema schema, String xml) throws Exception {
        Validator v = schema.newValidator();
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        v.validate(new StreamSource(new StringReader(xml)));
    }

    private static Schema load(String path) throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        String dir = path.substring(0, path.lastIndexOf('/') + 1);
        // Imports (xlink.xsd) come from the same folder of the test resources, whatever URL the schema names.
        factory.setResourceResolver(local(dir));
        return factory.newSchema(ArchivalSchemas.class.getResource(path));
    }

    private static LSResourceResolver local(String dir) {
        return (type, namespace, publicId, systemId, baseUri) -> {
            String name = systemId == null ? "" : systemId.substring(systemId.lastIndexOf('/') + 1);
            URL url = ArchivalSchemas.class.getResource(dir + name);
            if (url == null) {
                throw new IllegalStateException("schema " + systemId + " is not available offline");
            }
            return new Input(url, publicId, systemId, baseUri);
        };
    }

    private record Input(URL url, String publicId, String systemId, String baseURI) implements LSInput {
        public Reader getCharacterStream() { return null; }
        public void setCharacterStream(Reader r) { }
        public InputStream getByteStream() {
            try {
                return url.openStream();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        public void setByteStream(InputStream s) { }
        public String getStringData() { return null; }
        public void setStringData(String s) { }
        public String getSystemId() { return url.toString(); }
        public void setSystemId(String s) { }
        public String getPublicId() { return publicId; }
        public void setPublicId(String s) { }
        public String getBaseURI() { return baseURI; }
        public void setBaseURI(String s) { }
        public String getEncoding() { return null; }
        public void setEncoding(String s) { }
        public boolean getCertifiedText() { return false; }
        public void setCertifiedText(boolean b) { }
    }
}
