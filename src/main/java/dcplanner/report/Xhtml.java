package dcplanner.report;

/**
 * A small well-formed XHTML writer: every element opened is closed, every text and attribute value
 * is escaped, so the page parses as XML (and the tests parse it so).
 */
public final class Xhtml {

    private final StringBuilder out = new StringBuilder();
    private final java.util.ArrayDeque<String> open = new java.util.ArrayDeque<>();

    /** Opens {@code tag} with attributes given as name, value pairs. */
    public Xhtml open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        open.push(tag);
        return this;
    }

    /** An element with no content, {@code <meta charset="UTF-8"/>}: valid both as XML and as HTML. */
    public Xhtml empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    /**
     * Opens a table (with attributes as name, value pairs) and writes its header row; leaves the body
     * open: {@code close().close()} ends the body and the table.
     */
    public Xhtml tableHead(java.util.List<String> headers, String... attributes) {
        open("table", attributes).open("thead").open("tr");
        headers.forEach(header -> element("th", header));
        return close().close().open("tbody");
    }

    /** Closes the innermost open element. */
    public Xhtml close() {
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    /** {@code <tag attributes>text</tag>}. */
    public Xhtml element(String tag, String text, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>').append(escape(text)).append("</").append(tag).append('>');
        return this;
    }

    /** Escaped text. */
    public Xhtml text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Markup that is already well-formed (an SVG element from the chart renderer). */
    public Xhtml raw(String markup) {
        out.append(markup);
        return this;
    }

    public Xhtml newline() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        return out.toString();
    }

    private void attributes(String... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < pairs.length; i += 2) {
            out.append(' ').append(pairs[i]).append("=\"").append(escape(pairs[i + 1])).append('"');
        }
    }

    /** Text with &amp;, &lt;, &gt;, quotes escaped and characters XML does not allow dropped. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
