package io.touchmap.render.html;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.NamespaceContext;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** A rendered page parsed the way a browser parses it, queried with XPath where {@code h:} is the HTML namespace. */
final class HtmlPage {

    private final Document document;
    private final XPath xpath;

    private HtmlPage(Document document) {
        this.document = document;
        this.xpath = XPathFactory.newInstance().newXPath();
        this.xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return "h".equals(prefix) ? "http://www.w3.org/1999/xhtml" : null;
            }

            @Override
            public String getPrefix(String namespaceURI) {
                return null;
            }

            @Override
            public java.util.Iterator<String> getPrefixes(String namespaceURI) {
                return null;
            }
        });
    }

    static HtmlPage parse(String html) {
        try {
            HtmlDocumentBuilder builder = new HtmlDocumentBuilder(XmlViolationPolicy.ALTER_INFOSET);
            return new HtmlPage(builder.parse(new InputSource(new StringReader(html))));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The nodes (elements or attributes) matching {@code expression}. */
    List<Node> nodes(String expression) {
        try {
            NodeList list = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
            List<Node> nodes = new ArrayList<>();
            for (int i = 0; i < list.getLength(); i++) {
                nodes.add(list.item(i));
            }
            return nodes;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    /**
     * The text of each node matching {@code expression} as a reader sees it: table cells, list items and other blocks
     * apart, white space collapsed.
     */
    List<String> texts(String expression) {
        return nodes(expression).stream().map(n -> {
            StringBuilder text = new StringBuilder();
            appendText(n, text);
            return text.toString().replaceAll("\\s+", " ").strip();
        }).toList();
    }

    private static final java.util.Set<String> BLOCKS = java.util.Set.of(
            "td", "th", "tr", "li", "dt", "dd", "p", "div", "br", "ul", "ol", "dl", "section", "h1", "h2", "h3", "h4");

    private static void appendText(Node node, StringBuilder text) {
        if (node.getNodeType() != Node.ELEMENT_NODE) {
            text.append(node.getTextContent());
            return;
        }
        boolean block = BLOCKS.contains(node.getLocalName());
        if (block) {
            text.append(' ');
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            appendText(child, text);
        }
        if (block) {
            text.append(' ');
        }
    }

    /** The text of the only node matching {@code expression}. */
    String text(String expression) {
        List<String> texts = texts(expression);
        if (texts.size() != 1) {
            throw new AssertionError("expected one node for " + expression + " but found " + texts);
        }
        return texts.get(0);
    }

    int count(String expression) {
        return nodes(expression).size();
    }
}
