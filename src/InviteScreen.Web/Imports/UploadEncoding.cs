using System.Text;

namespace InviteScreen.Web.Imports;

/// <summary>
/// LinkedIn exports UTF-8, but a file re-saved by a spreadsheet is often Windows-1252. A file that is not valid
/// UTF-8 is rewritten from Windows-1252 to UTF-8 before anything reads it, and the job says so, instead of
/// importing names full of replacement characters.
/// </summary>
internal static class UploadEncoding
{
    public const string Windows1252Warning =
        "This file is not UTF-8, so it was read as Windows-1252 (Western European). Check that accented names look right; " +
        "if not, export Invitations.csv from LinkedIn again and upload it without opening it in a spreadsheet.";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Makes the file UTF-8; returns the warning for the job, or null when it already was.</summary>
    public static async Task<string?> MakeUtf8Async(string path, CancellationToken cancellationToken)
    {
        if (await IsUtf8Async(path, cancellationToken))
        {
            return null;
        }

        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        var converted = path + ".utf8";
        using (var reader = new StreamReader(path, windows1252, detectEncodingFromByteOrderMarks: false))
        await using (var writer = new StreamWriter(converted, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            var buffer = new char[64 * 1024];
            int read;
            while ((read = await reader.ReadAsync(buffer, cancellationToken)) > 0)
            {
                await writer.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }

        File.Move(converted, path, overwrite: true);
        return Windows1252Warning;
    }

    private static async Task<bool> IsUtf8Async(string path, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(path, StrictUtf8, detectEncodingFromByteOrderMarks: false);
        var buffer = new char[64 * 1024];
        try
        {
            while (await reader.ReadAsync(buffer, cancellationToken) > 0)
            {
            }

            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
