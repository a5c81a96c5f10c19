package dcplanner.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * One look for every chart: fonts, colours, line patterns, markers and fill patterns.
 *
 * <p>Fonts: the Java logical font {@code SansSerif}, which a headless JDK maps through fontconfig to
 * the one sans-serif font every Debian JDK install brings (DejaVu Sans, package fonts-dejavu-core);
 * no font is bundled. Sizes are in pixels of the image and chosen so that text stays readable from
 * 1200 x 800 to 1600 x 1000.
 *
 * <p>Colours: the Okabe-Ito palette (Okabe and Ito, "Color Universal Design", 2008; Wong, Nature
 * Methods 8, 441 (2011)), distinguishable by the common forms of colour blindness. In greyscale some
 * of its colours have nearly the same lightness (orange and sky blue), so every series also carries a
 * marker shape and line pattern (lines) or a fill pattern (areas) that differ between neighbours.
 */
public final class ChartStyle {

    /** The logical font every text uses. */
    public static final String FONT_FAMILY = Font.SANS_SERIF;
    public static final Font TITLE_FONT = new Font(FONT_FAMILY, Font.BOLD, 22);
    public static final Font SUBTITLE_FONT = new Font(FONT_FAMILY, Font.PLAIN, 15);
    public static final Font AXIS_LABEL_FONT = new Font(FONT_FAMILY, Font.PLAIN, 15);
    public static final Font TICK_FONT = new Font(FONT_FAMILY, Font.PLAIN, 13);
    public static final Font LEGEND_FONT = new Font(FONT_FAMILY, Font.PLAIN, 13);
    public static final Font FOOTNOTE_FONT = new Font(FONT_FAMILY, Font.PLAIN, 12);

    public static final Color GRID = new Color(0xC8C8C8);
    public static final Color TEXT = new Color(0x202020);
    public static final Color FOOTNOTE_TEXT = new Color(0x505050);

    /**
     * Okabe-Ito colours, ordered so that neighbours differ most in lightness: blue, vermillion,
     * bluish green, reddish purple, orange, sky blue, yellow, black.
     */
    public static final List<Color> PALETTE = List.of(new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0xF0E442), new Color(0x000000));

    /** Fill patterns of the first eight series (see {@link #hatch}). */
    private static final List<Hatch> HATCHES = List.of(Hatch.NONE, Hatch.DIAGONAL, Hatch.DOTS);

    private static final List<float[]> DASHES = List.of(new float[0], new float[] {10f, 5f}, new float[] {3f, 4f},
            new float[] {12f, 4f, 3f, 4f});

    private ChartStyle() {
    }

    /** The colour of series (or scenario) number {@code index}. */
    public static Color colour(int index) {
        return PALETTE.get(index % PALETTE.size());
    }

    /**
     * The fill pattern of series number {@code index}: none, diagonal, dots in turn over the first eight
     * colours; once the colours repeat, cross-hatch or horizontal lines, so that no colour and pattern
     * pair comes twice in the first sixteen series.
     */
    public static Hatch hatch(int index) {
        int round = index / PALETTE.size();
        if (round == 0) {
            return HATCHES.get(index % HATCHES.size());
        }
        List<Hatch> later = List.of(Hatch.CROSS, Hatch.HORIZONTAL, Hatch.NONE, Hatch.DIAGONAL, Hatch.DOTS);
        return later.get((index % PALETTE.size() % 2 + 2 * (round - 1)) % later.size());
    }

    /** The line of series number {@code index}: 2.5 px, solid, dashed, dotted or dash-dot in turn. */
    public static Stroke line(int index) {
        float[] dash = DASHES.get(index % DASHES.size());
        return dash.length == 0 ? new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    /** The marker of series number {@code index}: circle, square, triangle, diamond, inverted triangle, cross. */
    public static Shape marker(int index) {
        double s = 9;
        double h = s / 2;
        return switch (index % 6) {
            case 0 -> new Ellipse2D.Double(-h, -h, s, s);
            case 1 -> new Rectangle2D.Double(-h, -h, s, s);
            case 2 -> polygon(0, -h - 1, h + 1, h, -h - 1, h);
            case 3 -> polygon(0, -h - 1, h + 1, 0, 0, h + 1, -h - 1, 0);
            case 4 -> polygon(-h - 1, -h, h + 1, -h, 0, h + 1);
            default -> polygon(-h, -1.5, -1.5, -1.5, -1.5, -h, 1.5, -h, 1.5, -1.5, h, -1.5, h, 1.5, 1.5, 1.5, 1.5, h,
                    -1.5, h, -1.5, 1.5, -h, 1.5);
        };
    }

    private static Shape polygon(double... xy) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        path.closePath();
        return path;
    }

    /**
     * The stroke of limit line number {@code index}: 3 px, black in use, each in its own dash pattern
     * so that several limits on one chart stay apart in the legend.
     */
    public static BasicStroke limitLine(int index) {
        float[][] dashes = {{9f, 4f}, {2.5f, 3f}, {14f, 4f, 3f, 4f}, {20f, 3f}, {8f, 3f, 2.5f, 3f, 2.5f, 3f}};
        return new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dashes[index % dashes.length],
                0f);
    }

    /**
     * A line across the plot at {@code value} with a label on a white box at its top right (months on
     * a heat map, percentiles, limits).
     */
    public static ValueMarker labelledMarker(double value, String label, Stroke stroke, Paint paint) {
        ValueMarker marker = new ValueMarker(value, paint, stroke);
        marker.setLabel(label);
        marker.setLabelFont(TICK_FONT);
        marker.setLabelPaint(TEXT);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 210));
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        return marker;
    }

    /** Gives series 0..n-1 of a line (or scatter) renderer the colour, line and marker of their number. */
    public static void lineSeries(AbstractRenderer renderer, int n) {
        for (int s = 0; s < n; s++) {
            renderer.setSeriesPaint(s, colour(s));
            renderer.setSeriesStroke(s, line(s));
            renderer.setSeriesShape(s, marker(s));
        }
    }

    /**
     * Gives the series of a bar renderer the colour and fill pattern of their number, no shadow, and
     * returns the legend that shows the patterns (the default legend shows colour only).
     */
    public static LegendItemCollection hatchedBars(BarRenderer renderer, List<String> seriesLabels) {
        renderer.setBarPainter(new HatchedBarPainter((row, column) -> hatch(row)));
        renderer.setShadowVisible(false);
        LegendItemCollection legend = new LegendItemCollection();
        for (int s = 0; s < seriesLabels.size(); s++) {
            renderer.setSeriesPaint(s, colour(s));
            legend.add(ScenarioCharts.swatch(seriesLabels.get(s), colour(s), hatch(s)));
        }
        return legend;
    }

    /** Black or white, whichever reads better on {@code background} (relative luminance, ITU-R BT.709). */
    public static Color inkOn(Color background) {
        double luma = 0.2126 * background.getRed() + 0.7152 * background.getGreen() + 0.0722 * background.getBlue();
        return luma > 140 ? new Color(0, 0, 0, 150) : new Color(255, 255, 255, 190);
    }

    /**
     * Finishes a chart: fonts, white background, light grid, the legend at the bottom, then the
     * footnote under it.
     */
    public static JFreeChart finish(JFreeChart chart, String footnote) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(10, 14, 8, 18));
        chart.getTitle().setFont(TITLE_FONT);
        chart.getTitle().setPaint(TEXT);
        chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.getTitle().setTextAlignment(HorizontalAlignment.LEFT);
        chart.getTitle().setMargin(0, 0, 8, 0);
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title subtitle = chart.getSubtitle(i);
            if (subtitle instanceof LegendTitle legend) {
                legend.setItemFont(LEGEND_FONT);
                legend.setPosition(RectangleEdge.BOTTOM);
                legend.setFrame(BlockBorder.NONE);
                legend.setMargin(8, 0, 4, 0);
            } else if (subtitle instanceof PaintScaleLegend scale) {
                styleAxis(scale.getAxis());
            } else if (subtitle instanceof TextTitle text) {
                text.setFont(SUBTITLE_FONT);
                text.setPaint(TEXT);
                text.setHorizontalAlignment(HorizontalAlignment.LEFT);
                text.setTextAlignment(HorizontalAlignment.LEFT);
                text.setMargin(0, 0, 6, 0);
            }
        }
        TextTitle note = new TextTitle(footnote, FOOTNOTE_FONT);
        note.setPaint(FOOTNOTE_TEXT);
        note.setPosition(RectangleEdge.BOTTOM);
        note.setHorizontalAlignment(HorizontalAlignment.LEFT);
        note.setTextAlignment(HorizontalAlignment.LEFT);
        note.setMargin(6, 0, 0, 0);
        // bottom titles are stacked from the edge in list order: before the legend, the note lies under it
        int first = 0;
        while (first < chart.getSubtitleCount() && chart.getSubtitle(first).getPosition() != RectangleEdge.BOTTOM) {
            first++;
        }
        chart.addSubtitle(first, note);
        stylePlot(chart.getPlot());
        return chart;
    }

    private static void stylePlot(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        if (plot instanceof CombinedDomainCategoryPlot combined) {
            styleAxis(combined.getDomainAxis());
            for (Object sub : combined.getSubplots()) {
                stylePlot((Plot) sub);
            }
        } else if (plot instanceof CombinedRangeXYPlot combined) {
            styleAxis(combined.getRangeAxis());
            spaceTicks(combined.getRangeAxis(), combined.getOrientation() == PlotOrientation.VERTICAL);
            for (Object sub : combined.getSubplots()) {
                stylePlot((Plot) sub);
            }
        } else if (plot instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(GRID);
            category.setDomainGridlinesVisible(false);
            for (int i = 0; i < category.getDomainAxisCount(); i++) {
                styleAxis(category.getDomainAxis(i));
            }
            for (int i = 0; i < category.getRangeAxisCount(); i++) {
                styleAxis(category.getRangeAxis(i));
                spaceTicks(category.getRangeAxis(i), category.getOrientation() == PlotOrientation.VERTICAL);
            }
        } else if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            boolean vertical = xy.getOrientation() == PlotOrientation.VERTICAL;
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                styleAxis(xy.getDomainAxis(i));
                spaceTicks(xy.getDomainAxis(i), !vertical);
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                styleAxis(xy.getRangeAxis(i));
                spaceTicks(xy.getRangeAxis(i), vertical);
            }
        }
    }

    /**
     * Room around each tick label along the axis, so that the axis picks a tick unit a reader can
     * follow (about 8 to 15 labels on 1200 x 800, not 30): JFreeChart chooses the smallest unit whose
     * labels, insets included, do not overlap. Across the axis the labels keep their usual distance.
     */
    private static void spaceTicks(Axis axis, boolean vertical) {
        if (axis instanceof ValueAxis) {
            axis.setTickLabelInsets(vertical ? new RectangleInsets(14, 4, 14, 4) : new RectangleInsets(4, 16, 4,
                    16));
        }
    }

    private static void styleAxis(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(AXIS_LABEL_FONT);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICK_FONT);
        axis.setTickLabelPaint(TEXT);
    }
}
