package dcplanner.io;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dcplanner.climate.SiteClimate;
import dcplanner.energy.CoolingMode;
import dcplanner.energy.EnergyComponent;
import dcplanner.energy.EnergyResult;
import dcplanner.energy.HourlySeries;
import dcplanner.energy.WaterComponent;
import dcplanner.scenario.Evaluation;
import dcplanner.scenario.EvaluationService;
import dcplanner.scenario.Parameter;
import dcplanner.scenario.ParameterCatalogue;
import dcplanner.scenario.Scenario;
import dcplanner.scenario.SiteInputs;

/**
 * How an evaluation is written: the same keys (with units) in JSON, CSV and, with readable
 * headers, the table. The list of output columns is declared once here.
 */
public final class EvaluationReport {

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    /** The monthly outputs; the getter receives an {@link EnergyResult} and month via {@link MonthView}. */
    public static final List<Column<MonthView>> MONTHLY = List.of(
            new Column<>("pue", "PUE", "", 3, m -> m.result().pue(m.month()).orElse(null)),
            new Column<>("wue_l_per_kwh", "WUE", "L/kWh", 3, m -> m.result().wueLitresPerKwh(m.month()).orElse(null)),
            new Column<>("it_energy_mwh", "IT energy", "MWh", 1, m -> m.result().itKwh(m.month()) / 1000),
            new Column<>("facility_energy_mwh", "Facility energy", "MWh", 1,
                    m -> m.result().facilityKwh(m.month()) / 1000),
            new Column<>("cooling_energy_mwh", "Cooling energy", "MWh", 1,
                    m -> m.result().categoryKwh(EnergyComponent.Category.COOLING, m.month()) / 1000),
            new Column<>("water_m3", "Water", "m3", 1, m -> m.result().waterLitres(m.month()) / 1000),
            new Column<>("hours_full_economiser", "Full econ.", "h", 0,
                    m -> m.result().hoursIn(m.month(), CoolingMode.FULL_ECONOMISER)),
            new Column<>("hours_partial_economiser", "Partial", "h", 0,
                    m -> m.result().hoursIn(m.month(), CoolingMode.PARTIAL_ECONOMISER)),
            new Column<>("hours_mechanical", "Mechanical", "h", 0,
                    m -> m.result().hoursIn(m.month(), CoolingMode.MECHANICAL)),
            new Column<>("hours_outside_ashrae_recommended", "Outside ASHRAE", "h", 0,
                    m -> m.result().hoursOutsideRecommendedEnvelope(m.month())));

    /** One month of a result. */
    public record MonthView(EnergyResult result, int month) {
    }

    private EvaluationReport() {
    }

    private static List<Column<Evaluation>> outputs() {
        List<Column<Evaluation>> c = new ArrayList<>();
        c.add(new Column<>("pue", "PUE (annual)", "", 3, e -> e.energy().pue()));
        c.add(new Column<>("wue_l_per_kwh", "WUE (site)", "L/kWh", 3, e -> e.energy().wueLitresPerKwh()));
        c.add(new Column<>("ppue_cooling", "pPUE of cooling", "", 3, e -> e.energy().partialPueCooling()));
        c.add(new Column<>("ppue_power", "pPUE of power chain", "", 3, e -> e.energy().partialPuePower()));
        for (int percent : EvaluationService.LOAD_POINTS_PERCENT) {
            c.add(new Column<>("pue_at_" + percent + "pct_load", "PUE at " + percent + "% IT load", "", 3,
                    e -> e.pueAtLoad(percent)));
        }
        c.add(new Column<>("it_energy_mwh", "IT energy", "MWh", 1, e -> e.energy().itKwh() / 1000));
        c.add(new Column<>("facility_energy_mwh", "Facility energy", "MWh", 1, e -> e.energy().facilityKwh() / 1000));
        c.add(new Column<>("cooling_energy_mwh", "Cooling energy", "MWh", 1, e -> e.energy().coolingKwh() / 1000));
        c.add(new Column<>("peak_facility_kw", "Peak facility power", "kW", 0, e -> e.energy().peakFacilityKw()));
        c.add(new Column<>("transformer_rating_kw", "Installed transformer rating", "kW", 0,
                e -> e.energy().transformerRatingKw()));
        c.add(new Column<>("water_m3", "Site water", "m3", 1, e -> e.energy().waterLitres() / 1000));
        c.add(new Column<>("heat_rejected_mwh", "Heat rejected", "MWh", 1, e -> e.energy().heatRejectedKwh() / 1000));
        c.add(new Column<>("hours_full_economiser", "Hours full economiser", "h", 0,
                e -> e.energy().hoursIn(CoolingMode.FULL_ECONOMISER)));
        c.add(new Column<>("hours_partial_economiser", "Hours partial economiser", "h", 0,
                e -> e.energy().hoursIn(CoolingMode.PARTIAL_ECONOMISER)));
        c.add(new Column<>("hours_mechanical", "Hours mechanical cooling", "h", 0,
                e -> e.energy().hoursIn(CoolingMode.MECHANICAL)));
        c.add(new Column<>("hours_outside_ashrae_recommended", "Hours inlet outside ASHRAE recommended", "h", 0,
                e -> e.energy().hoursOutsideRecommendedEnvelope()));
        for (EnergyComponent component : EnergyComponent.values()) {
            if (component != EnergyComponent.IT) {
                c.add(new Column<>("energy_" + component.key() + "_mwh", component.label(), "MWh", 2,
                        e -> e.energy().energyKwh(component) / 1000));
            }
        }
        for (WaterComponent component : WaterComponent.values()) {
            c.add(new Column<>("water_" + component.key() + "_m3", component.label(), "m3", 2,
                    e -> e.energy().waterLitres(component) / 1000));
        }
        c.addAll(CARBON);
        c.addAll(ECONOMICS);
        return List.copyOf(c);
    }

    /** Emissions, renewables, reuse and source water (a year at the scenario's utilisation; study totals). */
    public static final List<Column<Evaluation>> CARBON = List.of(
            new Column<>("grid_carbon_basis", "Grid carbon basis", "", 0, e -> e.carbon().basis()),
            new Column<>("grid_ci_g_per_kwh", "Grid carbon intensity", "g/kWh", 1, e -> e.carbon().gridGramsPerKwh()),
            new Column<>("grid_energy_mwh", "Grid electricity", "MWh", 1, e -> e.carbon().gridKwh() / 1000),
            new Column<>("pv_generation_mwh", "On-site PV generation", "MWh", 1,
                    e -> e.carbon().pvGenerationKwh() / 1000),
            new Column<>("pv_used_mwh", "On-site PV used", "MWh", 1, e -> e.carbon().pvUsedKwh() / 1000),
            new Column<>("co2_location_t_per_year", "CO2e location-based", "t/year", 0,
                    e -> e.carbon().co2LocationTPerYear()),
            new Column<>("co2_market_t_per_year", "CO2e market-based", "t/year", 0,
                    e -> e.carbon().co2MarketTPerYear()),
            new Column<>("cue_kg_per_kwh", "CUE", "kg/kWh", 3, e -> e.carbon().cueKgPerKwh()),
            new Column<>("ref", "REF (renewable energy factor)", "", 3, e -> e.carbon().renewableEnergyFactor()),
            new Column<>("erf", "ERF (energy reuse factor)", "", 3, e -> e.carbon().energyReuseFactor()),
            new Column<>("ere", "ERE (energy reuse effectiveness)", "", 3, e -> e.carbon().energyReuseEffectiveness()),
            new Column<>("wue_source_l_per_kwh", "WUE (source)", "L/kWh", 3, e -> e.carbon().wueSourceLitresPerKwh()),
            new Column<>("co2_operational_t", "CO2e operational over the study", "t", 0,
                    e -> e.lifecycle().operationalCo2LocationT()),
            new Column<>("co2_embodied_t", "CO2e embodied (building, plant, IT)", "t", 0,
                    e -> e.lifecycle().embodiedCo2T()),
            new Column<>("co2_lifecycle_t", "CO2e life cycle", "t", 0, e -> e.lifecycle().lifecycleCo2T()));

    /** Capital and operating cost, cash-flow results. */
    public static final List<Column<Evaluation>> ECONOMICS = List.of(
            new Column<>("capex_usd", "Capital cost", "USD", 0, e -> e.lifecycle().capex().totalUsd()),
            new Column<>("capex_building_shell_usd", "  building shell", "USD", 0,
                    e -> e.lifecycle().capex().buildingShellUsd()),
            new Column<>("capex_electrical_usd", "  electrical", "USD", 0, e -> e.lifecycle().capex().electricalUsd()),
            new Column<>("capex_mechanical_usd", "  mechanical (cooling)", "USD", 0,
                    e -> e.lifecycle().capex().mechanicalUsd()),
            new Column<>("capex_fit_out_usd", "  white-space fit-out", "USD", 0, e -> e.lifecycle().capex().fitOutUsd()),
            new Column<>("capex_site_works_usd", "  site works", "USD", 0, e -> e.lifecycle().capex().siteWorksUsd()),
            new Column<>("capex_land_usd", "  land", "USD", 0, e -> e.lifecycle().capex().landUsd()),
            new Column<>("capex_pv_usd", "  on-site PV", "USD", 0, e -> e.lifecycle().capex().pvUsd()),
            new Column<>("opex_usd_per_year", "Operating cost, first year", "USD/year", 0,
                    e -> e.lifecycle().firstYearOpex().totalUsd()),
            new Column<>("opex_electricity_usd", "  electricity (energy)", "USD/year", 0,
                    e -> e.lifecycle().firstYearOpex().electricityUsd()),
            new Column<>("opex_demand_charge_usd", "  demand charges", "USD/year", 0,
                    e -> e.lifecycle().firstYearOpex().demandChargeUsd()),
            new Column<>("opex_ppa_usd", "  power purchase agreements", "USD/year", 0,
                    e -> e.lifecycle().firstYearOpex().ppaUsd()),
            new Column<>("opex_certificates_usd", "  renewable certificates", "USD/year", 0,
                    e -> e.lifecycle().firstYearOpex().certificatesUsd()),
            new Column<>("opex_water_usd", "  water", "USD/year", 0, e -> e.lifecycle().firstYearOpex().waterUsd()),
            new Column<>("opex_carbon_usd", "  carbon price", "USD/year", 0,
                    e -> e.lifecycle().firstYearOpex().carbonUsd()),
            new Column<>("opex_maintenance_usd", "  maintenance", "USD/year", 0,
                    e -> e.lifecycle().firstYearOpex().maintenanceUsd()),
            new Column<>("opex_staff_usd", "  staff", "USD/year", 0, e -> e.lifecycle().firstYearOpex().staffUsd()),
            new Column<>("opex_insurance_usd", "  insurance", "USD/year", 0,
                    e -> e.lifecycle().firstYearOpex().insuranceUsd()),
            new Column<>("tco_npv_usd", "Total cost of ownership (NPV)", "USD", 0, e -> e.lifecycle().tcoNpvUsd()),
            new Column<>("lcoc_usd_per_kw_month", "Levelised cost of capacity", "USD/kW-month", 2,
                    e -> e.lifecycle().lcocUsdPerKwMonth()),
            new Column<>("lcoc_usd_per_utilised_kw_month", "  per utilised kW", "USD/kW-month", 2,
                    e -> e.lifecycle().lcocUsdPerUtilisedKwMonth()),
            new Column<>("cost_usd_per_mwh_it", "Levelised cost per MWh of IT energy", "USD/MWh", 2,
                    e -> e.lifecycle().costUsdPerMwhIt()),
            new Column<>("irr", "Internal rate of return", "", 4,
                    e -> e.lifecycle().irr().isPresent() ? (Object) e.lifecycle().irr().getAsDouble() : null),
            new Column<>("payback_years", "Payback from start of construction", "years", 2,
                    e -> e.lifecycle().paybackYears().isPresent() ? (Object) e.lifecycle().paybackYears().getAsDouble()
                            : null));

    /** The annual outputs, in order (declared after the lists it includes: static fields start in order). */
    public static final List<Column<Evaluation>> OUTPUTS = outputs();

    /** The site description that heads every format: these keys, filled by {@link #siteFields}. */
    public static final List<String> SITE_FIELDS = List.of("site", "city", "country", "weather_file",
            "proxy_climate", "cooling");

    /** The site description that heads every format. */
    public static Map<String, Object> siteFields(Evaluation e) {
        SiteClimate climate = e.climate();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("site", climate.site().id());
        doc.put("city", climate.site().city());
        doc.put("country", e.countryIso3());
        doc.put("weather_file", climate.weather().sourceName());
        doc.put("proxy_climate", climate.site().isProxy());
        doc.put("cooling", e.scenario().technology().id());
        return doc;
    }

    /** The site description and every annual output, as the JSON document has them: no monthly or hourly detail. */
    public static Map<String, Object> headline(Evaluation e) {
        Map<String, Object> doc = siteFields(e);
        for (Column<Evaluation> column : OUTPUTS) {
            doc.put(column.key(), column.dataOf(e));
        }
        return doc;
    }

    /** The JSON document: site, outputs, monthly list, inputs used, warnings. */
    public static Map<String, Object> json(Evaluation e) {
        Map<String, Object> doc = headline(e);
        List<Map<String, Object>> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            if (e.energy().hoursInMonth(month) == 0) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("month", month);
            MonthView view = new MonthView(e.energy(), month);
            for (Column<MonthView> column : MONTHLY) {
                entry.put(column.key(), column.dataOf(view));
            }
            months.add(entry);
        }
        doc.put("monthly", months);
        doc.put("cash_flow", cashFlow(e));
        doc.put("inputs", inputs(e.scenario()));
        doc.put("warnings", e.warnings());
        return doc;
    }

    /** The study period year by year (costs positive, inflows positive, net = inflows - costs). */
    public static List<Map<String, Object>> cashFlow(Evaluation e) {
        List<Map<String, Object>> years = new ArrayList<>();
        for (dcplanner.economics.YearFlow year : e.lifecycle().years()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("year", year.calendarYear());
            row.put("phase", year.operating() ? "operation" : "construction");
            row.put("utilisation", Values.forData(year.utilisation(), 4, "utilisation"));
            row.put("capex_usd", Values.forData(year.capexUsd(), 0, "capex_usd"));
            row.put("opex_usd", Values.forData(year.opex() == null ? 0.0 : year.opex().totalUsd(), 0, "opex_usd"));
            row.put("replacement_usd", Values.forData(year.replacementUsd(), 0, "replacement_usd"));
            row.put("revenue_usd", Values.forData(year.revenueUsd(), 0, "revenue_usd"));
            row.put("residual_usd", Values.forData(year.residualUsd(), 0, "residual_usd"));
            row.put("net_usd", Values.forData(year.netUsd(), 0, "net_usd"));
            row.put("co2_location_t", Values.forData(year.co2LocationT(), 1, "co2_location_t"));
            years.add(row);
        }
        return years;
    }

    /** The inputs the scenario used, defaults filled in, as name -> value. */
    public static Map<String, Object> inputs(Scenario scenario) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        scenario.inputsUsed().forEach((name, value) -> inputs.put(name, jsonValue(value)));
        return inputs;
    }

    private static Object jsonValue(Scenario.Value value) {
        if (value.value() instanceof double[] profile) {
            List<Object> list = new ArrayList<>();
            for (double weight : profile) {
                list.add(Values.forData(weight, 6, value.parameter().name()));
            }
            return list;
        }
        if (value.value() instanceof Double d) {
            return Values.forData(d, 9, value.parameter().name());
        }
        return value.value();
    }

    /** CSV header: site fields, every catalogue input, then every output, then warnings. */
    public static List<String> csvHeader(ParameterCatalogue catalogue) {
        List<String> header = new ArrayList<>(SITE_FIELDS);
        for (Parameter parameter : catalogue.all()) {
            if (!SITE_FIELDS.contains(parameter.name())) {
                header.add(parameter.name());
            }
        }
        OUTPUTS.forEach(column -> header.add(column.key()));
        header.add("warnings");
        return header;
    }

    /** The CSV row matching {@link #csvHeader}. */
    public static List<Object> csvRow(ParameterCatalogue catalogue, Evaluation e) {
        List<Object> row = new ArrayList<>(siteFields(e).values());
        for (Parameter parameter : catalogue.all()) {
            String name = parameter.name();
            if (SITE_FIELDS.contains(name)) {
                continue;
            }
            row.add(e.scenario().find(name).filter(v -> v.parameter().appliesTo(e.scenario().technology()))
                    .map(Scenario.Value::text).orElse(""));
        }
        for (Column<Evaluation> column : OUTPUTS) {
            row.add(column.dataOf(e));
        }
        row.add(String.join("; ", e.warnings()));
        return row;
    }

    /** The table a person reads in the shell. */
    public static String table(Evaluation e) {
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder();
        Scenario s = e.scenario();
        SiteClimate climate = e.climate();
        out.append(String.format(java.util.Locale.ROOT, "%s, %s kW IT at %s%% utilisation, in %s (%s, %s)%n",
                s.technology().id(), s.find(SiteInputs.IT_CAPACITY_KW.name()).map(Scenario.Value::text).orElse(""),
                Values.plain(s.get(SiteInputs.UTILISATION) * 100, 1, "utilisation"), climate.site().city(),
                e.countryIso3(), climate.site().id()));
        out.append("Weather: ").append(climate.site().weatherStation()).append(' ')
                .append(climate.site().weatherType()).append(' ').append(climate.site().weatherPeriod()).append(nl);
        for (String warning : e.warnings()) {
            out.append("WARNING: ").append(warning).append(nl);
        }
        out.append(nl);
        TextTable summary = new TextTable(List.of("Result", "Value", "Unit")).leftAlign(0).leftAlign(2);
        for (Column<Evaluation> column : OUTPUTS) {
            if (column.key().startsWith("energy_") || column.key().startsWith("water_") && !column.key().equals(
                    "water_m3") || CARBON.contains(column) || ECONOMICS.contains(column)) {
                continue;
            }
            summary.add(List.of(column.header(), column.textOf(e),
                    column.unit()));
        }
        out.append(summary.render()).append(nl);
        out.append(section("Carbon, renewables and water (year at the scenario's utilisation; life cycle over the"
                + " study)", CARBON, e)).append(nl);
        out.append(section("Economics (US dollars, constant prices; NPV at the discount rate)", ECONOMICS, e))
                .append(nl);
        TextTable energy = new TextTable(List.of("Energy by component", "MWh", "Share")).leftAlign(0);
        double facility = e.energy().facilityKwh();
        for (EnergyComponent component : EnergyComponent.values()) {
            double kwh = e.energy().energyKwh(component);
            energy.add(List.of(component.label(), Values.text(kwh / 1000, 1, component.key()),
                    Values.text(100 * kwh / facility, 1, component.key()) + "%"));
        }
        energy.add(List.of("Facility total", Values.text(facility / 1000, 1, "facility"), "100.0%"));
        out.append(energy.render()).append(nl);
        TextTable water = new TextTable(List.of("Site water by use", "m3")).leftAlign(0);
        for (WaterComponent component : WaterComponent.values()) {
            water.add(List.of(component.label(), Values.text(e.energy().waterLitres(component) / 1000, 1,
                    component.key())));
        }
        out.append(water.render()).append(nl);
        List<String> headers = new ArrayList<>(List.of("Month"));
        MONTHLY.forEach(column -> headers.add(column.tableHeader()));
        TextTable months = new TextTable(headers).leftAlign(0);
        for (int month = 1; month <= 12; month++) {
            if (e.energy().hoursInMonth(month) == 0) {
                continue;
            }
            MonthView view = new MonthView(e.energy(), month);
            List<String> row = new ArrayList<>(List.of(MONTHS[month - 1]));
            MONTHLY.forEach(column -> row.add(column.textOf(view)));
            months.add(row);
        }
        out.append(months.render()).append(nl);
        List<String> given = new ArrayList<>();
        s.values().forEach((name, value) -> {
            if (value.given()) {
                given.add(name + "=" + value.text());
            }
        });
        out.append("Inputs given: ").append(given.isEmpty() ? "none" : String.join(", ", given)).append(nl);
        out.append("Every input used, with its default and source: --format json, or 'parameters --cooling ")
                .append(s.technology().id()).append('\'').append(nl);
        return out.toString();
    }

    private static String section(String title, List<Column<Evaluation>> columns, Evaluation e) {
        TextTable table = new TextTable(List.of(title, "Value", "Unit")).leftAlign(0).leftAlign(2);
        for (Column<Evaluation> column : columns) {
            Object value = column.valueOf(e);
            String text = value == null ? "n/a" : Values.readable(value, column.decimals(), column.key());
            table.add(List.of(column.header(), text, column.unit()));
        }
        return table.render();
    }

    /** Writes the hour-by-hour series as CSV (one row an hour). */
    public static void writeHourlyCsv(Evaluation e, Writer writer) throws IOException {
        HourlySeries series = e.energy().hourly().orElseThrow(() -> new IllegalStateException(
                "the evaluation kept no hourly series"));
        SiteClimate climate = e.climate();
        List<String> header = new ArrayList<>(List.of("hour_index", "month", "day", "hour", "dry_bulb_c",
                "wet_bulb_c", "mode", "inlet_air_c"));
        for (EnergyComponent component : EnergyComponent.values()) {
            header.add(component.key() + "_kw");
        }
        header.addAll(List.of("facility_kw", "water_l", "heat_rejected_kw"));
        CsvOutput.Sheet sheet = CsvOutput.to(writer, header);
        for (int i = 0; i < series.hours(); i++) {
            List<Object> row = new ArrayList<>();
            row.add(i + 1);
            row.add(climate.weather().month(i));
            row.add(climate.weather().day(i));
            row.add(climate.weather().hourOfDay(i));
            row.add(Values.plain(climate.dryBulbC(i), 2, "dry_bulb_c"));
            row.add(Values.plain(climate.wetBulbC(i), 3, "wet_bulb_c"));
            row.add(series.mode(i).name().toLowerCase(java.util.Locale.ROOT));
            row.add(Values.plain(series.inletAirC(i), 2, "inlet_air_c"));
            for (EnergyComponent component : EnergyComponent.values()) {
                row.add(Values.plain(series.powerKw(component, i), 4, component.key()));
            }
            row.add(Values.plain(series.facilityKw(i), 4, "facility_kw"));
            row.add(Values.plain(series.waterLitres(i), 3, "water_l"));
            row.add(Values.plain(series.heatRejectedKw(i), 3, "heat_rejected_kw"));
            sheet.row(row);
        }
        sheet.flush();
    }
}
