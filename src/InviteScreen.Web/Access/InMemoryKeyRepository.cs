using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace InviteScreen.Web.Access;

/// <summary>Keys kept for this run only, when the keys folder cannot be written: sessions then end at restart.</summary>
internal sealed class InMemoryKeyRepository : IXmlRepository
{
    private readonly List<XElement> elements = [];

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        lock (elements)
        {
            return [.. elements.Select(e => new XElement(e))];
        }
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        lock (elements)
        {
            elements.Add(new XElement(element));
        }
    }
}
