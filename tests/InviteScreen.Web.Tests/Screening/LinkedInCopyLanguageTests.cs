using InviteScreen.Web.Screening;

namespace InviteScreen.Web.Tests.Screening;

/// <summary>The same two shapes in the other languages the catalogue reads: LinkedIn's words never reach the note.</summary>
public sealed class LinkedInCopyLanguageTests
{
    public static TheoryData<string, string, string, int?> Copies => new()
    {
        {
            """
            Foto del perfil de Lucía Fernández
            Lucía Fernández
            Directora de Datos en Aceitunas SL
            Javier Ruiz y 4 contactos más en común
            Hola Sam, vi tu charla sobre SQLite en Codemotion Madrid y quería preguntarte por el modo WAL…ver más
            Responder a Lucía
            Ignorar
            Aceptar
            """,
            "Lucía Fernández", "Hola Sam, vi tu charla sobre SQLite en Codemotion Madrid y quería preguntarte por el modo WAL", 5
        },
        {
            """
            Lucía Fernández quiere conectar contigo
            Lucía Fernández
            Directora de Datos en Aceitunas SL
            Madrid y alrededores
            Hola Sam, vi tu charla sobre SQLite en Codemotion Madrid.
            Aceptar
            Ver perfil
            Estás recibiendo correos electrónicos de invitaciones.
            Darse de baja | Ayuda
            """,
            "Lucía Fernández", "Hola Sam, vi tu charla sobre SQLite en Codemotion Madrid.", null
        },
        {
            """
            Foto do perfil de João Almeida
            João Almeida
            Engenheiro de Software na Padaria Digital
            Ana Costa é uma conexão em comum
            Olá Sam, li o seu artigo sobre índices parciais no PostgreSQL…ver mais
            Responder a João
            Ignorar
            Aceitar
            """,
            "João Almeida", "Olá Sam, li o seu artigo sobre índices parciais no PostgreSQL", 1
        },
        {
            """
            João Almeida quer se conectar com você
            João Almeida
            Engenheiro de Software na Padaria Digital
            Lisboa, Portugal
            7 conexões em comum
            Olá Sam, li o seu artigo sobre índices parciais no PostgreSQL.
            Aceitar
            Ver perfil
            Você está recebendo e-mails de convites.
            Cancelar inscrição | Ajuda
            """,
            "João Almeida", "Olá Sam, li o seu artigo sobre índices parciais no PostgreSQL.", 7
        },
        {
            """
            Profilbild von Jonas Becker
            Jonas Becker
            Leiter Plattform bei Brotzeit GmbH
            Lena Vogel und 3 weitere gemeinsame Kontakte
            Hallo Sam, dein Vortrag über SQLite auf der JavaLand hat mir sehr geholfen…mehr anzeigen
            Antworten an Jonas
            Ignorieren
            Annehmen
            """,
            "Jonas Becker", "Hallo Sam, dein Vortrag über SQLite auf der JavaLand hat mir sehr geholfen", 4
        },
        {
            """
            Jonas Becker möchte sich mit Ihnen vernetzen
            Jonas Becker
            Leiter Plattform bei Brotzeit GmbH
            München und Umgebung
            Hallo Sam, dein Vortrag über SQLite auf der JavaLand hat mir sehr geholfen.
            Annehmen
            Profil anzeigen
            Sie erhalten E-Mails zu Einladungen.
            Abbestellen | Hilfe
            """,
            "Jonas Becker", "Hallo Sam, dein Vortrag über SQLite auf der JavaLand hat mir sehr geholfen.", null
        },
        {
            """
            Photo de profil de Camille Dubois
            Camille Dubois
            Responsable data chez Fromagerie Numérique
            Hugo Martin et 9 autres relations en commun
            Bonjour Sam, votre présentation sur SQLite à Devoxx France m’a beaucoup aidée…voir plus
            Répondre à Camille
            Ignorer
            Accepter
            """,
            "Camille Dubois", "Bonjour Sam, votre présentation sur SQLite à Devoxx France m’a beaucoup aidée", 10
        },
        {
            """
            Camille Dubois souhaite entrer en relation avec vous
            Camille Dubois
            Responsable data chez Fromagerie Numérique
            Lyon, Auvergne-Rhône-Alpes, France
            Bonjour Sam, votre présentation sur SQLite à Devoxx France m’a beaucoup aidée.
            Accepter
            Voir le profil
            Vous recevez des e-mails d’invitation.
            Se désabonner | Aide
            """,
            "Camille Dubois", "Bonjour Sam, votre présentation sur SQLite à Devoxx France m’a beaucoup aidée.", null
        },
        {
            """
            Immagine del profilo di Giulia Romano
            Giulia Romano
            Ingegnera dei dati presso Pasticceria Cloud
            Marco Bianchi e altri 2 collegamenti in comune
            Ciao Sam, ho visto il tuo intervento su SQLite al Codemotion Milano…vedi altro
            Rispondi a Giulia
            Ignora
            Accetta
            """,
            "Giulia Romano", "Ciao Sam, ho visto il tuo intervento su SQLite al Codemotion Milano", 3
        },
        {
            """
            Giulia Romano vorrebbe collegarsi con te
            Giulia Romano
            Ingegnera dei dati presso Pasticceria Cloud
            Milano, Lombardia, Italia
            Ciao Sam, ho visto il tuo intervento su SQLite al Codemotion Milano.
            Accetta
            Visualizza profilo
            Ricevi email relative agli inviti.
            Annulla iscrizione | Guida
            """,
            "Giulia Romano", "Ciao Sam, ho visto il tuo intervento su SQLite al Codemotion Milano.", null
        },
        {
            """
            Profilbild för Erik Lindqvist
            Erik Lindqvist
            Utvecklare på Kanelbulle AB
            Anna Berg och 5 andra gemensamma kontakter
            Hej Sam, din presentation om SQLite på Øredev var mycket bra…visa mer
            Svara Erik
            Ignorera
            Acceptera
            """,
            "Erik Lindqvist", "Hej Sam, din presentation om SQLite på Øredev var mycket bra", 6
        },
    };

    [Theory]
    [MemberData(nameof(Copies))]
    public void Parse_CopyInAnotherLanguage_ReadsNameHeadlineNoteAndMutualConnections(string raw, string name, string note, int? mutual)
    {
        var input = RawInvitationParser.Parse(raw);

        Assert.Equal(name, input.SenderName);
        Assert.Equal(raw.Split('\n')[2].Trim(), input.Headline);
        Assert.Equal(note, input.Message);
        Assert.Equal(mutual, input.MutualConnections);
    }
}
