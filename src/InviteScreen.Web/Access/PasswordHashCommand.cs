using System.Text;

namespace InviteScreen.Web.Access;

/// <summary><c>hash-password</c>: reads a password (hidden when typed) and prints the hash for Access:OwnerPasswordHash.</summary>
internal static class PasswordHashCommand
{
    public static int Run()
    {
        Console.Error.Write("Owner password: ");
        var password = Console.IsInputRedirected ? Console.ReadLine() ?? "" : ReadHidden();
        Console.Error.WriteLine();
        if (password.Length < OwnerPassword.MinLength)
        {
            Console.Error.WriteLine($"Use at least {OwnerPassword.MinLength} characters.");
            return 1;
        }

        Console.WriteLine(OwnerPassword.Hash(password));
        return 0;
    }

    private static string ReadHidden()
    {
        var password = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && password.Length > 0)
            {
                password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        return password.ToString();
    }
}
