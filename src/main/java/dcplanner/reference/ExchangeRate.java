package dcplanner.reference;

/** US dollars per unit of a currency ({@code data/countries/exchange-rates.csv}). */
public record ExchangeRate(String currency, double usdPerUnit, String year, String confidence, String source) {
}
