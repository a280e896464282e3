package com.cloudwright.export;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a palette icon into an SVG {@code <symbol>}: the official paths and fills unchanged, the
 * {@code <title>} dropped, and every id prefixed with the symbol's id so icons from one document
 * never clash (references through {@code url(#…)} and {@code href="#…"} follow).
 */
final class SvgIcons {

    private static final Set<String> ROOT_ONLY = Set.of("xmlns", "viewBox", "width", "height", "x", "y", "version", "id",
            "preserveAspectRatio", "class");
    private static final Pattern URL_REF = Pattern.compile("url\\(\\s*#([^)\\s]+)\\s*\\)");

    private SvgIcons() {
    }

    /** The symbol id for an icon path: {@code icons/rds.svg} → {@code icon-rds}. */
    static String symbolId(String iconPath) {
        String name = iconPath.substring(iconPath.lastIndexOf('/') + 1);
        if (name.endsWith(".svg")) {
            name = name.substring(0, name.length() - 4);
        }
        return "icon-" + name.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** The {@code <symbol>} element, or empty if the icon cannot be read as SVG. */
    static Optional<String> symbol(String id, byte[] svg) {
        Element root;
        try {
            root = parse(svg).getDocumentElement();
        } catch (IOException | SAXException | ParserConfigurationException e) {
            return Optional.empty();
        }
        if (!"svg".equals(root.getLocalName())) {
            return Optional.empty();
        }
        String viewBox = root.getAttribute("viewBox");
        if (viewBox.isBlank()) {
            String w = root.getAttribute("width").replace("px", "");
            String h = root.getAttribute("height").replace("px", "");
            if (w.isBlank() || h.isBlank()) {
                return Optional.empty();
            }
            viewBox = "0 0 " + w + " " + h;
        }
        StringBuilder out = new StringBuilder(svg.length + 64);
        out.append("<symbol id=\"").append(id).append("\" viewBox=\"").append(Xml.escape(viewBox)).append('"');
        NamedNodeMap attrs = root.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Node a = attrs.item(i);
            if (!ROOT_ONLY.contains(a.getNodeName()) && !a.getNodeName().startsWith("xmlns")) {
                out.append(' ').append(a.getNodeName()).append("=\"").append(Xml.escape(rewrite(a.getNodeName(), a.getNodeValue(), id))).append('"');
            }
        }
        out.append('>');
        children(root, id, out);
        out.append("</symbol>");
        return Optional.of(out.toString());
    }

    private static void children(Element parent, String prefix, StringBuilder out) {
        NodeList kids = parent.getChildNodes();
        for (int i = 0; i < kids.getLength(); i++) {
            Node n = kids.item(i);
            if (n instanceof Element e) {
                String name = e.getLocalName() != null ? e.getLocalName() : e.getNodeName();
                if (name.equals("title") || name.equals("desc") || name.equals("metadata") || name.equals("script")) {
                    continue;
                }
                element(e, name, prefix, out);
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                String text = n.getNodeValue();
                if (!text.isBlank()) {
                    out.append(Xml.escape(text));
                }
            }
        }
    }

    private static void element(Element e, String name, String prefix, StringBuilder out) {
        out.append('<').append(name);
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Node a = attrs.item(i);
            String an = a.getNodeName();
            if (an.startsWith("xmlns") || an.startsWith("on")) {
                continue;
            }
            out.append(' ').append(an).append("=\"").append(Xml.escape(rewrite(an, a.getNodeValue(), prefix))).append('"');
        }
        if (!e.hasChildNodes()) {
            out.append("/>");
            return;
        }
        out.append('>');
        children(e, prefix, out);
        out.append("</").append(name).append('>');
    }

    private static String rewrite(String attribute, String value, String prefix) {
        if (attribute.equals("id")) {
            return prefix + "-" + value;
        }
        if ((attribute.equals("href") || attribute.equals("xlink:href")) && value.startsWith("#")) {
            return "#" + prefix + "-" + value.substring(1);
        }
        if (value.contains("url(")) {
            Matcher m = URL_REF.matcher(value);
            return m.replaceAll(r -> Matcher.quoteReplacement("url(#" + prefix + "-" + r.group(1) + ")"));
        }
        return value;
    }

    private static Document parse(byte[] svg) throws ParserConfigurationException, IOException, SAXException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void error(org.xml.sax.SAXParseException e) throws SAXException {
                throw e;
            }
        });
        return b.parse(new ByteArrayInputStream(svg));
    }
}
