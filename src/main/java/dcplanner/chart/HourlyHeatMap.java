package dcplanner.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

import dcplanner.climate.WeatherYear;
import dcplanner.energy.CoolingMode;
import dcplanner.energy.EnergyComponent;
import dcplanner.energy.HourlySeries;
import dcplanner.io.Values;
import dcplanner.scenario.Evaluation;

/** Every hour of one scenario's year: day of the year across, hour of the day up, colour = PUE or cooling mode. */
final class HourlyHeatMap {

    /** What the colour of an hour shows. */
    enum Colour { PUE, MODE }

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    /** Colour of each cooling mode, light to dark so that the order survives greyscale print. */
    static final Color FULL_ECONOMISER = new Color(0xF0E442);
    static final Color PARTIAL_ECONOMISER = new Color(0x56B4E9);
    static final Color MECHANICAL = new Color(0x0072B2);

    private HourlyHeatMap() {
    }

    static JFreeChart build(NamedEvaluation scenario, Colour colour) {
        Evaluation e = scenario.evaluation();
        HourlySeries hours = e.energy().hourly().orElseThrow(() -> new IllegalArgumentException(
                "the hourly chart of '" + scenario.name() + "' needs its hour-by-hour results; evaluate it with"
                        + " the hourly series kept"));
        WeatherYear weather = e.climate().weather();
        int n = hours.hours();
        // hour-major order (every day at 00:00, then at 01:00...), so equal neighbours along a row are
        // consecutive items and can be drawn as one rectangle
        double[][] xyz = new double[3][n];
        double low = Double.MAX_VALUE;
        double high = -Double.MAX_VALUE;
        int k = 0;
        int idleHours = 0;
        for (int hour = 1; hour <= 24; hour++) {
            for (int i = 0; i < n; i++) {
                if (weather.hourOfDay(i) != hour) {
                    continue;
                }
                double itKw = hours.powerKw(EnergyComponent.IT, i);
                if (colour == Colour.PUE && itKw <= 0) {
                    idleHours++; // no IT load (a load profile with zero weights): PUE has no value, the hour stays blank
                    continue;
                }
                double value = colour == Colour.PUE ? hours.facilityKw(i) / itKw : hours.mode(i).ordinal();
                xyz[0][k] = i / 24 + 1;
                xyz[1][k] = hour - 1;
                xyz[2][k] = value;
                k++;
                low = Math.min(low, value);
                high = Math.max(high, value);
            }
        }
        if (k == 0) {
            throw new IllegalArgumentException("the hourly PUE chart of '" + scenario.name() + "' has no hour with IT"
                    + " load to show");
        }
        for (int axis = 0; axis < 3; axis++) {
            xyz[axis] = java.util.Arrays.copyOf(xyz[axis], k);
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(scenario.name(), xyz);
        XYBlockRenderer renderer = new RunRenderer();
        renderer.setBlockWidth(1);
        renderer.setBlockHeight(1);
        NumberAxis days = new NumberAxis("Day of the weather year (month starts marked)");
        days.setRange(0.5, n / 24 + 0.5);
        days.setNumberFormatOverride(ScenarioCharts.decimal("0"));
        NumberAxis hourAxis = new NumberAxis("Hour of the day (local standard time)");
        hourAxis.setRange(-0.5, 23.5);
        hourAxis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(3, ScenarioCharts.decimal("00':00'")));
        XYPlot plot = new XYPlot(data, days, hourAxis, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        markMonths(plot, weather);
        String what;
        PaintScaleLegend scaleLegend = null;
        if (colour == Colour.PUE) {
            double lower = Math.floor(low * 100) / 100;
            double upper = Math.max(lower + 0.01, Math.ceil(high * 100) / 100);
            PaintScale scale = new Viridis(lower, upper, 12);
            renderer.setPaintScale(scale);
            NumberAxis scaleAxis = new NumberAxis("PUE of the hour (facility power / IT power)");
            scaleAxis.setRange(lower, upper);
            scaleAxis.setNumberFormatOverride(ScenarioCharts.decimal(upper - lower < 0.2 ? "0.000" : "0.00"));
            scaleLegend = new PaintScaleLegend(scale, scaleAxis);
            scaleLegend.setPosition(RectangleEdge.BOTTOM);
            scaleLegend.setStripWidth(16);
            scaleLegend.setMargin(10, 120, 4, 120);
            plot.setFixedLegendItems(new LegendItemCollection());
            what = "Hourly PUE";
        } else {
            LookupPaintScale scale = new LookupPaintScale(-0.5, 2.5, Color.WHITE);
            scale.add(-0.5, FULL_ECONOMISER);
            scale.add(0.5, PARTIAL_ECONOMISER);
            scale.add(1.5, MECHANICAL);
            renderer.setPaintScale(scale);
            LegendItemCollection legend = new LegendItemCollection();
            legend.add(ScenarioCharts.swatch(label(e, CoolingMode.FULL_ECONOMISER, "full economiser (no compressor)"),
                    FULL_ECONOMISER, Hatch.NONE));
            legend.add(ScenarioCharts.swatch(label(e, CoolingMode.PARTIAL_ECONOMISER, "partial economiser"),
                    PARTIAL_ECONOMISER, Hatch.NONE));
            legend.add(ScenarioCharts.swatch(label(e, CoolingMode.MECHANICAL, "mechanical cooling"), MECHANICAL,
                    Hatch.NONE));
            plot.setFixedLegendItems(legend);
            what = "Cooling mode hour by hour";
        }
        JFreeChart chart = new JFreeChart(what + " of " + scenario.name() + " in " + e.climate().site().city(),
                ChartStyle.TITLE_FONT, plot, colour == Colour.MODE);
        chart.addSubtitle(0, new TextTitle("Cooling: " + e.scenario().technology().id() + "; IT load at "
                + Values.plain(e.scenario().number("utilisation") * 100, 1, "utilisation") + "% of capacity"
                + (idleHours > 0 ? String.format(Locale.ROOT, "; %,d hours without IT load left blank", idleHours)
                        : "")));
        if (scaleLegend != null) {
            chart.addSubtitle(scaleLegend);
        }
        return ChartStyle.finish(chart, ChartText.footnote(java.util.List.of(scenario)));
    }

    private static String label(Evaluation e, CoolingMode mode, String text) {
        return String.format(Locale.ROOT, "%s: %,d h", text, e.energy().hoursIn(mode));
    }

    /** A thin line and the month's name where each month starts. */
    private static void markMonths(XYPlot plot, WeatherYear weather) {
        for (int i = 0; i < weather.hours(); i += 24) {
            if (i == 0 || weather.month(i) != weather.month(i - 24)) {
                plot.addDomainMarker(ChartStyle.labelledMarker(i / 24 + 0.5, MONTHS[weather.month(i) - 1],
                        new BasicStroke(1f), new Color(0, 0, 0, 110)));
            }
        }
    }

    /**
     * Draws a run of neighbouring blocks of the same colour in a row as one rectangle: the same picture
     * as one block per hour, with a few hundred shapes instead of 8,760 (a small SVG, a fast PNG). Needs
     * the items ordered along rows (see the hour-major dataset above).
     */
    static final class RunRenderer extends XYBlockRenderer {

        private double runStartX = Double.NaN;

        @Override
        public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series, int item,
                CrosshairState crosshairState, int pass) {
            XYZDataset xyz = (XYZDataset) dataset;
            double x = xyz.getXValue(series, item);
            double y = xyz.getYValue(series, item);
            Paint paint = getPaintScale().getPaint(xyz.getZValue(series, item));
            if (Double.isNaN(runStartX)) {
                runStartX = x;
            }
            if (item + 1 < xyz.getItemCount(series) && xyz.getYValue(series, item + 1) == y
                    && xyz.getXValue(series, item + 1) == x + 1
                    && paint.equals(getPaintScale().getPaint(xyz.getZValue(series, item + 1)))) {
                return; // the run goes on
            }
            double left = domainAxis.valueToJava2D(runStartX - 0.5, dataArea, plot.getDomainAxisEdge());
            double right = domainAxis.valueToJava2D(x + 0.5, dataArea, plot.getDomainAxisEdge());
            double top = rangeAxis.valueToJava2D(y + 0.5, dataArea, plot.getRangeAxisEdge());
            double bottom = rangeAxis.valueToJava2D(y - 0.5, dataArea, plot.getRangeAxisEdge());
            Rectangle2D block = new Rectangle2D.Double(Math.min(left, right), Math.min(top, bottom),
                    Math.abs(right - left), Math.abs(bottom - top));
            Object antialias = g2.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF); // no seams
            g2.setPaint(paint);
            g2.fill(block);
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialias);
            runStartX = Double.NaN;
        }
    }

    /**
     * A sequential colour scale from dark violet to yellow with lightness rising monotonically, so it
     * reads in greyscale and with colour blindness: five stops of matplotlib's viridis (van der Walt
     * and Smith, 2015; CC0), interpolated linearly.
     */
    static final class Viridis implements PaintScale {

        private static final int[] STOPS = {0x440154, 0x3B528B, 0x21918C, 0x5EC962, 0xFDE725};

        private final double lower;
        private final double upper;
        private final int steps;

        /** {@code steps} bands of equal width, each in the colour of its middle (stepped scales read more exactly). */
        Viridis(double lower, double upper, int steps) {
            this.lower = lower;
            this.upper = upper;
            this.steps = steps;
        }

        @Override
        public double getLowerBound() {
            return lower;
        }

        @Override
        public double getUpperBound() {
            return upper;
        }

        @Override
        public Paint getPaint(double value) {
            double fraction = Math.max(0, Math.min(1, (value - lower) / (upper - lower)));
            double band = Math.min(Math.floor(fraction * steps), steps - 1);
            double t = (band + 0.5) / steps * (STOPS.length - 1);
            int k = Math.min((int) t, STOPS.length - 2);
            double f = t - k;
            return new Color(mix(STOPS[k] >> 16, STOPS[k + 1] >> 16, f), mix(STOPS[k] >> 8, STOPS[k + 1] >> 8, f),
                    mix(STOPS[k], STOPS[k + 1], f));
        }

        private static int mix(int a, int b, double f) {
            return (int) Math.round((a & 0xFF) * (1 - f) + (b & 0xFF) * f);
        }
    }
}
