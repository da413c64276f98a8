using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.GraphQL.Schema;

namespace KnowledgeGraph.GraphQL.Mutations;

/// <summary>
/// Mints IRIs for created entities under the instance base, like the seed data's: <c>{base}{folder}/{slug}-{suffix}</c>,
/// e.g. <c>https://w3id.org/newskg/id/event/rocket-attack-on-kabul-k3x9qp</c>. The folder is the seed's folder for the
/// entity's top class (actor, place, event, claim, doc, quantity, ...), the slug is the label folded to lower-case
/// ASCII letters and digits joined by '-' (at most 48 characters; from the first language-tagged text such as a claim's
/// claimText when there is no label, else the type name), and the
/// suffix is 6 random characters of [a-z0-9], so two entities with the same label never collide.
/// </summary>
public sealed class IriMinter(string instanceBase)
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    public string InstanceBase { get; } = instanceBase;

    public string Mint(KgType type, string topClassName, string? label)
    {
        var slug = Slug(label);
        if (slug.Length == 0)
        {
            slug = Slug(type.Name);
        }

        return InstanceBase + Folder(topClassName) + "/" + slug + "-" + Suffix();
    }

    public static string Folder(string topClassName) => topClassName switch
    {
        "SourceDocument" => "doc",
        _ => Slug(topClassName.Length > 0 ? string.Concat(topClassName.Select((c, i) => i > 0 && char.IsUpper(c) ? "-" + c : c.ToString())) : "entity"),
    };

    public static string Slug(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var folded = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder();
        var dash = false;
        foreach (var c in folded)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (dash && sb.Length > 0)
                {
                    sb.Append('-');
                }

                sb.Append(char.ToLowerInvariant(c));
                dash = false;
                if (sb.Length >= 48)
                {
                    break;
                }
            }
            else
            {
                dash = true;
            }
        }

        return sb.ToString();
    }

    private static string Suffix()
    {
        Span<char> chars = stackalloc char[6];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars);
    }
}
