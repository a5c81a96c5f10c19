package dcplanner.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

import dcplanner.io.AtomicFiles;

/**
 * Renders charts to PNG and SVG, byte for byte the same for the same chart: the PNG carries no time
 * stamp or other metadata (the JDK's PNG writer adds none unless asked), and the SVG's internal ids
 * are derived from the file name instead of JFreeSVG's default of the clock. Files are written under
 * one folder only, with names made of lower-case letters, digits and hyphens.
 */
public final class ChartFiles {

    /** Image formats a chart is written in. */
    public enum Format {
        PNG, SVG;

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Format parse(String text) {
            for (Format f : values()) {
                if (f.extension().equals(text)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("format '" + text + "' is not allowed; allowed: png, svg");
        }
    }

    /** Default image size, px. */
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 800;

    private static final int MAX_STEM = 80;

    private ChartFiles() {
    }

    /** The chart as PNG bytes, {@code width} x {@code height} px. */
    public static byte[] png(JFreeChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", bytes)) {
                throw new IllegalStateException("no PNG writer in this Java runtime");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The chart as an {@code <svg>} element (no XML declaration), fit to embed in a page. {@code id}
     * names the element and prefixes its internal ids, so several charts can share one page.
     */
    public static String svgElement(JFreeChart chart, int width, int height, String id) {
        return svg(chart, width, height, id).getSVGElement(id);
    }

    /**
     * The chart as an {@code <svg>} element that scales to the width of its container (a viewBox
     * instead of a fixed size), for pages.
     */
    public static String scalableSvgElement(JFreeChart chart, int width, int height, String id) {
        return svg(chart, width, height, id).getSVGElement(id, false, new ViewBox(0, 0, width, height), null, null);
    }

    private static SVGGraphics2D svg(JFreeChart chart, int width, int height, String id) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(id + "-");
        g2.setGeomDoubleConverter(ChartFiles::twoDecimals);
        g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        return g2;
    }

    /** Coordinates to 1/100 px: finer than any screen or print shows, and a third of the file size. */
    private static String twoDecimals(double value) {
        long hundredths = Math.round(value * 100);
        String sign = hundredths < 0 ? "-" : "";
        long abs = Math.abs(hundredths);
        long fraction = abs % 100;
        return sign + abs / 100 + (fraction == 0 ? "" : fraction % 10 == 0 ? "." + fraction / 10
                : "." + (fraction < 10 ? "0" : "") + fraction);
    }

    /** The chart as a stand-alone SVG document. */
    public static String svgDocument(JFreeChart chart, int width, int height, String id) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svgElement(chart, width, height, id) + "\n";
    }

    /** Writes {@code stem}.png or .svg into {@code folder} (which must exist) and returns the file. */
    public static Path write(JFreeChart chart, Path folder, String stem, Format format, int width, int height) {
        String safe = safeStem(stem);
        Path file = inside(folder, safe + "." + format.extension());
        byte[] bytes = switch (format) {
            case PNG -> png(chart, width, height);
            case SVG -> svgDocument(chart, width, height, safe).getBytes(StandardCharsets.UTF_8);
        };
        AtomicFiles.writeBytes(file, out -> out.write(bytes));
        return file;
    }

    /**
     * A file-name stem made from any text (a scenario name): accents dropped, lower case, every run of
     * other characters a single hyphen, at most 80 characters; "chart" when nothing is left. It can
     * hold no path separator, no dot and no leading hyphen.
     */
    public static String safeStem(String text) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String stem = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (stem.length() > MAX_STEM) {
            stem = stem.substring(0, MAX_STEM).replaceAll("-+$", "");
        }
        return stem.isEmpty() ? "chart" : stem;
    }

    /** {@code folder/fileName}, refused unless it lies directly in {@code folder}. */
    static Path inside(Path folder, String fileName) {
        Path base = folder.toAbsolutePath().normalize();
        Path file = base.resolve(fileName).normalize();
        if (!base.equals(file.getParent())) {
            throw new IllegalArgumentException("refusing to write " + fileName + " outside " + folder);
        }
        return file;
    }
}
