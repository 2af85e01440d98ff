using System.Globalization;
using System.Resources;
using ClubBot.Club;
using Microsoft.Extensions.Options;

namespace ClubBot.Texts;

/// <summary>
/// The interface's words, from Texts.resx (Russian) or a translation beside it, in the language
/// <c>Club:Language</c> names — never the machine's locale, which says nothing about the club's people.
/// </summary>
public sealed class BotTexts(IOptions<ClubOptions> club)
{
    private static readonly ResourceManager Resources = new("ClubBot.Texts.Texts", typeof(BotTexts).Assembly);
    private readonly CultureInfo _culture = CultureInfo.GetCultureInfo(club.Value.Language);

    /// <summary>The language the texts are in, for month names and numbers.</summary>
    public CultureInfo Culture => _culture;

    public string this[string key] =>
        Resources.GetString(key, _culture) ?? throw new KeyNotFoundException($"No text '{key}' in Texts.resx.");

    public string Format(string key, params object?[] args) => string.Format(_culture, this[key], args);

    /// <summary>The interface language's code (ru, en).</summary>
    public string Language => _culture.Name;

    /// <summary>«5 получателей»: the number and the noun of <paramref name="formsKey"/> («one|few|many») in the form it asks for.</summary>
    public string Count(long number, string formsKey) => $"{number} {NounForms.Pick(number, this[formsKey])}";

    /// <summary>Whether <c>Club:Phone</c> is set; without it no text shows a number.</summary>
    public bool HasPhone => !string.IsNullOrWhiteSpace(club.Value.Phone);

    /// <summary>
    /// A text that offers the centre's phone: <paramref name="key"/> with the phone after <paramref name="args"/>, or,
    /// when no phone is set, its «…NoPhone» twin, which says a coordinator will answer or call instead.
    /// </summary>
    public string WithPhone(string key, params object?[] args) =>
        HasPhone ? Format(key, [.. args, club.Value.Phone]) : Format(key + "NoPhone", args);
}
