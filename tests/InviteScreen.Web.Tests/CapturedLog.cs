using System.Text;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace InviteScreen.Web.Tests;

/// <summary>A Serilog sink the app picks up from its services (ReadFrom.Services): every event, as the file sink formats it.</summary>
public sealed class CapturedLog : ILogEventSink
{
    private static readonly MessageTemplateTextFormatter Formatter = new("[{Level:u3}] {Message:lj} {RequestId}{NewLine}{Exception}");
    private readonly StringBuilder text = new();

    public string Text
    {
        get
        {
            lock (text)
            {
                return text.ToString();
            }
        }
    }

    public void Emit(LogEvent logEvent)
    {
        using var writer = new StringWriter();
        Formatter.Format(logEvent, writer);
        lock (text)
        {
            text.Append(writer);
        }
    }
}
