namespace PaperGraph.Extraction.Results;

/// <summary>
/// A number the grammar accepted, with offsets into the field text. Start..End covers all of it
/// ("from 58.5% to 59.5%"); TextStart..TextEnd only the value as written ("59.5%",
/// "8.81pm0.10", "1.9-3.3x"). Missing parts are NaN so the struct stays blittable.
/// </summary>
internal readonly record struct QuantityMatch(
    int Start,
    int End,
    int TextStart,
    int TextEnd,
    double Value,
    QuantityUnit Unit,
    double PlusMinus,
    double From,
    bool Signed,
    bool PercentagePoints)
{
    public bool HasFrom => !double.IsNaN(From);

    public Quantity ToQuantity(string text, bool isDelta, bool negate) =>
        new(negate && !Signed ? -Value : Value, Unit, text[TextStart..TextEnd])
        {
            PlusMinus = double.IsNaN(PlusMinus) ? null : PlusMinus,
            From = HasFrom ? From : null,
            IsDelta = isDelta,
        };
}
