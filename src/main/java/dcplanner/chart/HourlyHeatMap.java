package dcplanner.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;

import dcplanner.climate.WeatherYear;
import dcplanner.energy.CoolingMode;
import dcplanner.energy.EnergyComponent;
import dcplanner.energy.HourlySeries;
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
        double[][] xyz = new double[3][n];
        double low = Double.MAX_VALUE;
        double high = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            xyz[0][i] = i / 24 + 1;
            xyz[1][i] = weather.hourOfDay(i) - 1;
            double value = colour == Colour.PUE ? hours.facilityKw(i) / hours.powerKw(EnergyComponent.IT, i)
                    : hours.mode(i).ordinal();
            xyz[2][i] = value;
            low = Math.min(low, value);
            high = Math.max(high, value);
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(scenario.name(), xyz);
        XYBlockRenderer renderer = new XYBlockRenderer();
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
            PaintScale scale = new Viridis(lower, upper);
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
        JFreeChart chart = new JFreeChart(what + " of " + scenario.name() + ": " + e.scenario().technology().id()
                + " in " + e.climate().site().city(), ChartStyle.TITLE_FONT, plot, colour == Colour.MODE);
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
                ValueMarker marker = new ValueMarker(i / 24 + 0.5, new Color(0, 0, 0, 110), new BasicStroke(1f));
                marker.setLabel(MONTHS[weather.month(i) - 1]);
                marker.setLabelFont(ChartStyle.TICK_FONT);
                marker.setLabelPaint(Color.BLACK);
                marker.setLabelBackgroundColor(new Color(255, 255, 255, 200));
                marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                plot.addDomainMarker(marker);
            }
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

        Viridis(double lower, double upper) {
            this.lower = lower;
            this.upper = upper;
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
            double t = Math.max(0, Math.min(1, (value - lower) / (upper - lower))) * (STOPS.length - 1);
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
