using System.Text;

namespace InviteScreen.Web.Seeding;

/// <summary>
/// Campaign tools' template syntax: <c>{Hi|Hello|Hey}</c> picks one option per copy (options may nest and may
/// be empty), <c>[FirstName]</c> is a merge field filled from the recipient's data.
/// </summary>
public static class Spintax
{
    public static string Spin(string template, Random random, IReadOnlyDictionary<string, string> fields)
    {
        var output = new StringBuilder(template.Length);
        var i = 0;
        Append(template, ref i, random, fields, output, inOption: false);
        return output.ToString();
    }

    private static void Append(string text, ref int i, Random random, IReadOnlyDictionary<string, string> fields, StringBuilder output, bool inOption)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (inOption && c is '|' or '}')
            {
                return;
            }

            if (c == '{')
            {
                i++;
                var options = new List<string>();
                while (true)
                {
                    var option = new StringBuilder();
                    Append(text, ref i, random, fields, option, inOption: true);
                    options.Add(option.ToString());
                    if (i >= text.Length || text[i++] == '}')
                    {
                        break;
                    }
                }

                output.Append(options[random.Next(options.Count)]);
            }
            else if (c == '[' && text.IndexOf(']', i) is var close and > 0 && fields.TryGetValue(text[(i + 1)..close], out var value))
            {
                output.Append(value);
                i = close + 1;
            }
            else
            {
                output.Append(c);
                i++;
            }
        }
    }
}
