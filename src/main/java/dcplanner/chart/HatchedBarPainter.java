package dcplanner.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.RectangularShape;
import java.util.function.BiFunction;

import org.jfree.chart.renderer.category.BarPainter;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.RectangleEdge;

/** Paints each bar in its item colour with a fill pattern chosen per (series, category), and a thin outline. */
final class HatchedBarPainter implements BarPainter {

    private final BiFunction<Integer, Integer, Hatch> hatchOf;

    HatchedBarPainter(BiFunction<Integer, Integer, Hatch> hatchOf) {
        this.hatchOf = hatchOf;
    }

    @Override
    public void paintBar(Graphics2D g2, BarRenderer renderer, int row, int column, RectangularShape bar,
            RectangleEdge base) {
        Color fill = (Color) renderer.getItemPaint(row, column);
        hatchOf.apply(row, column).paint(g2, bar, fill);
        g2.setPaint(new Color(0x404040));
        g2.setStroke(new BasicStroke(0.8f));
        g2.draw(bar);
    }

    @Override
    public void paintBarShadow(Graphics2D g2, BarRenderer renderer, int row, int column, RectangularShape bar,
            RectangleEdge base, boolean pegShadow) {
        // no shadows: they read as data in print
    }
}
