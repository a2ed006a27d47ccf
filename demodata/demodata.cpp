#include "demodata.h"

#include "democounter.h"

#include "customer.h"
#include "permissions.h"
#include "secrethash.h"
#include "store.h"
#include "syncentities.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTime>

#include <algorithm>
#include <array>
#include <climits>
#include <map>
#include <random>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace rentdesk {

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

constexpr qint64 kMinutesPerDay = 24 * 60;
constexpr int kHistoryDays = 8 * 365 + 2; // customers were created over the last eight years
constexpr qint64 kCustomersPerTransaction = 20000;

// Random numbers from one std::mt19937_64, with our own mapping to ranges so that the result
// does not depend on the standard library's distributions.
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_engine(seed)
    {}
    quint64 next() { return m_engine(); }
    // 0 <= result < n
    qint64 below(qint64 n) { return n <= 1 ? 0 : qint64(m_engine() % quint64(n)); }
    // lo <= result <= hi
    qint64 between(qint64 lo, qint64 hi) { return hi <= lo ? lo : lo + below(hi - lo + 1); }
    bool chance(int perMille) { return below(1000) < perMille; }
    template <typename T> const T &pick(const std::vector<T> &items)
    {
        return items[size_t(below(qint64(items.size())))];
    }
    // Index into `weights`, chosen with probability proportional to its weight.
    size_t weighted(const std::vector<int> &weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        qint64 r = below(total);
        for (size_t i = 0; i < weights.size(); ++i) {
            r -= weights[i];
            if (r < 0)
                return i;
        }
        return weights.size() - 1;
    }
    // An RFC 4122 version 4 UUID, lower-case, 36 characters.
    QString uuid()
    {
        quint64 hi = m_engine();
        quint64 lo = m_engine();
        hi = (hi & ~quint64(0xF000)) | quint64(0x4000);           // version 4
        lo = (lo & ~(quint64(0xC) << 60)) | (quint64(0x8) << 60); // variant 10
        static const char digits[] = "0123456789abcdef";
        QString out(36, Qt::Uninitialized);
        QChar *p = out.data();
        int pos = 0;
        auto put = [&](quint64 value, int nibbles) {
            for (int i = nibbles - 1; i >= 0; --i)
                p[pos++] = QLatin1Char(digits[(value >> (4 * i)) & 0xF]);
        };
        put(hi >> 32, 8);
        p[pos++] = QLatin1Char('-');
        put(hi >> 16, 4);
        p[pos++] = QLatin1Char('-');
        put(hi, 4);
        p[pos++] = QLatin1Char('-');
        put(lo >> 48, 4);
        p[pos++] = QLatin1Char('-');
        put(lo, 12);
        return out;
    }

private:
    std::mt19937_64 m_engine;
};

template <typename T> void shuffle(std::vector<T> &items, Rng &rng)
{
    for (size_t i = items.size(); i > 1; --i)
        std::swap(items[i - 1], items[size_t(rng.below(qint64(i)))]);
}

// Demo time: minutes relative to 00:00 of `today` in the desk's local time. Stored as UTC text.
class Clock
{
public:
    explicit Clock(QDate today)
        : m_today(today)
    {}
    QDate today() const { return m_today; }
    static qint64 at(qint64 day, int hour, int minute)
    {
        return day * kMinutesPerDay + hour * 60 + minute;
    }
    static qint64 dayOf(qint64 minutes) { return floorDiv(minutes, kMinutesPerDay); }

    // "2026-11-30T09:00:00Z"
    QString utc(qint64 localMinutes)
    {
        const qint64 utcMinutes = localMinutes - offsetMinutes(dayOf(localMinutes));
        const qint64 day = dayOf(utcMinutes);
        const qint64 inDay = utcMinutes - day * kMinutesPerDay;
        const QString &date = dateText(day);
        QString out(20, Qt::Uninitialized);
        QChar *p = out.data();
        std::copy(date.constBegin(), date.constEnd(), p);
        const int hour = int(inDay / 60), minute = int(inDay % 60);
        const char tail[] = {'T',
                             char('0' + hour / 10),
                             char('0' + hour % 10),
                             ':',
                             char('0' + minute / 10),
                             char('0' + minute % 10),
                             ':',
                             '0',
                             '0',
                             'Z'};
        for (int i = 0; i < 10; ++i)
            p[10 + i] = QLatin1Char(tail[i]);
        return out;
    }
    // "2026-11-30", a local date
    QString date(qint64 day) { return dateText(day); }
    int year(qint64 day) { return m_today.addDays(day).year(); }

private:
    const QString &dateText(qint64 day)
    {
        auto it = m_dates.find(day);
        if (it == m_dates.end())
            it = m_dates.emplace(day, m_today.addDays(day).toString(Qt::ISODate)).first;
        return it->second;
    }
    // Offset of local time from UTC on that day, in minutes; taken at noon, so the switches of
    // daylight saving time at night do not matter for opening hours.
    qint64 offsetMinutes(qint64 day)
    {
        auto it = m_offsets.find(day);
        if (it == m_offsets.end()) {
            const QDateTime noon(m_today.addDays(day), QTime(12, 0));
            it = m_offsets.emplace(day, noon.offsetFromUtc() / 60).first;
        }
        return it->second;
    }

    QDate m_today;
    std::unordered_map<qint64, QString> m_dates;
    std::unordered_map<qint64, qint64> m_offsets;
};

// ------------------------------------------------------------------------ reference data

enum Theme { Bike, Winter, Tools, Event, ThemeCount };

struct ArticleDef
{
    const char *name, *category, *description, *objectName, *sizes;
    Theme theme;
    int perDay, perHour, lateFee; // minor units (EUR cents) of the current price list
    int weight;                   // share of the rental objects
};

const std::vector<ArticleDef> &articleDefs()
{
    static const std::vector<ArticleDef> defs = {
        {"Trekkingrad 28\"", "Fahrrad", "Trekkingrad mit 24 Gängen, Gepäckträger und Licht",
         "Trekkingrad", "S,M,L,XL", Bike, 1500, 400, 1500, 10},
        {"Mountainbike Hardtail", "Fahrrad", "29er mit Federgabel", "MTB", "S,M,L", Bike, 2200, 600,
         2200, 6},
        {"Citybike", "Fahrrad", "7-Gang-Nabenschaltung, Korb", "Citybike", "", Bike, 1200, 300,
         1200, 6},
        {"Kinderrad 20\"", "Fahrrad", "für Kinder von 6 bis 9 Jahren", "Kinderrad", "", Bike, 800,
         250, 800, 3},
        {"E-Bike Trekking", "E-Bike", "Mittelmotor, Akku 500 Wh, Reichweite ca. 100 km", "E-Bike",
         "S,M,L", Bike, 3500, 900, 3500, 10},
        {"E-Mountainbike Fully", "E-Bike", "vollgefedert, Akku 625 Wh", "E-MTB", "M,L,XL", Bike,
         4900, 1200, 4900, 5},
        {"E-Lastenrad", "E-Bike", "Zwei Kindersitze, Regenverdeck", "Lastenrad", "", Bike, 5500,
         1500, 5500, 2},
        {"Fahrradhelm", "Helm", "", "Fahrradhelm", "S,M,L", Bike, 300, 100, 300, 6},
        {"Kinderanhänger", "Zubehör", "für zwei Kinder, mit Kupplung", "Anhänger", "", Bike, 900,
         300, 900, 2},
        {"Alpinski Allround", "Ski", "Carving-Ski mit Bindung", "Alpinski",
         "150 cm,160 cm,170 cm,180 cm", Winter, 2500, 800, 2500, 10},
        {"Tourenski mit Fellen", "Ski", "inklusive Harscheisen", "Tourenski", "165 cm,175 cm",
         Winter, 3900, 1200, 3900, 3},
        {"Langlaufski Skating", "Ski", "mit Schuhen und Stöcken", "Langlaufski", "", Winter, 1500,
         500, 1500, 3},
        {"Kinderski", "Ski", "", "Kinderski", "100 cm,120 cm", Winter, 1000, 300, 1000, 3},
        {"Snowboard Freeride", "Snowboard", "", "Snowboard", "152 cm,158 cm,162 cm", Winter, 2800,
         900, 2800, 4},
        {"Snowboard All Mountain", "Snowboard", "", "Board AM", "150 cm,156 cm", Winter, 2400, 800,
         2400, 4},
        {"Skihelm", "Helm", "mit Visier", "Skihelm", "S,M,L", Winter, 500, 200, 500, 6},
        {"Skischuhe", "Schuhe", "", "Skischuhe", "38,40,42,44,46", Winter, 1200, 400, 1200, 6},
        {"Bohrhammer SDS-Plus", "Werkzeug", "800 W, inklusive Bohrerset", "Bohrhammer", "", Tools,
         2900, 900, 2900, 3},
        {"Akku-Bohrschrauber", "Werkzeug", "18 V, zwei Akkus", "Bohrschrauber", "", Tools, 1200,
         400, 1200, 3},
        {"Betonmischer 140 l", "Baumaschine", "230 V", "Betonmischer", "", Tools, 3500, 1000, 3500,
         2},
        {"Rüttelplatte 90 kg", "Baumaschine", "Benzinmotor", "Rüttelplatte", "", Tools, 6900, 1900,
         6900, 1},
        {"Fliesenschneider", "Werkzeug", "Schnittlänge 90 cm", "Fliesenschneider", "", Tools, 1900,
         600, 1900, 1},
        {"Hochdruckreiniger", "Reinigung", "150 bar", "Hochdruckreiniger", "", Tools, 3200, 900,
         3200, 2},
        {"Teppichreiniger", "Reinigung", "inklusive 1 l Reinigungsmittel", "Teppichreiniger", "",
         Tools, 2900, 900, 2900, 1},
        {"Partyzelt 3 × 6 m", "Zelt", "mit Seitenwänden", "Partyzelt", "", Event, 8900, 0, 8900, 2},
        {"Pavillon 3 × 3 m", "Zelt", "", "Pavillon", "", Event, 3900, 0, 3900, 2},
        {"Bierzeltgarnitur", "Festbedarf", "ein Tisch und zwei Bänke", "Garnitur", "", Event, 900,
         0, 900, 6},
        {"Stehtisch", "Festbedarf", "mit Husse", "Stehtisch", "", Event, 800, 0, 800, 3},
        {"Heizstrahler", "Festbedarf", "Gas, inklusive Flasche", "Heizstrahler", "", Event, 2500, 0,
         2500, 2},
        {"Musikanlage 2 × 500 W", "Veranstaltungstechnik", "zwei Boxen, Mischpult, Mikrofon",
         "Musikanlage", "", Event, 7900, 0, 7900, 1},
        {"Getränkekühlschrank", "Festbedarf", "Glastür, 350 l", "Kühlschrank", "", Event, 3500, 0,
         3500, 1},
    };
    return defs;
}

struct CityDef
{
    const char *name, *country;
    int postcodeFrom, postcodeTo;
    const char *areaCode; // national landline prefix, or the international one for AT and CH
    int weight;
};

const std::vector<CityDef> &cityDefs()
{
    static const std::vector<CityDef> defs = {
        {"Berlin", "DE", 10115, 14199, "030", 30},
        {"Hamburg", "DE", 20095, 22769, "040", 14},
        {"München", "DE", 80331, 81929, "089", 16},
        {"Köln", "DE", 50667, 51149, "0221", 9},
        {"Frankfurt am Main", "DE", 60306, 60599, "069", 7},
        {"Stuttgart", "DE", 70173, 70619, "0711", 6},
        {"Düsseldorf", "DE", 40210, 40629, "0211", 5},
        {"Leipzig", "DE", 4103, 4357, "0341", 5},
        {"Dresden", "DE", 1067, 1328, "0351", 5},
        {"Nürnberg", "DE", 90402, 90491, "0911", 4},
        {"Freiburg im Breisgau", "DE", 79098, 79117, "0761", 4},
        {"Münster", "DE", 48143, 48167, "0251", 3},
        {"Lübeck", "DE", 23552, 23570, "0451", 2},
        {"Würzburg", "DE", 97070, 97084, "0931", 2},
        {"Görlitz", "DE", 2826, 2828, "03581", 1},
        {"Tübingen", "DE", 72070, 72076, "07071", 2},
        {"Konstanz", "DE", 78462, 78467, "07531", 2},
        {"Garmisch-Partenkirchen", "DE", 82467, 82467, "08821", 3},
        {"Oberstdorf", "DE", 87561, 87561, "08322", 3},
        {"Berchtesgaden", "DE", 83471, 83471, "08652", 2},
        {"Wien", "AT", 1010, 1230, "+43 1", 4},
        {"Innsbruck", "AT", 6020, 6020, "+43 512", 2},
        {"Salzburg", "AT", 5020, 5020, "+43 662", 2},
        {"Kitzbühel", "AT", 6370, 6370, "+43 5356", 1},
        {"Graz", "AT", 8010, 8063, "+43 316", 1},
        {"Zürich", "CH", 8001, 8099, "+41 44", 3},
        {"Bern", "CH", 3001, 3030, "+41 31", 1},
        {"Luzern", "CH", 6002, 6006, "+41 41", 1},
        {"Davos", "CH", 7270, 7270, "+41 81", 1},
        {"Zermatt", "CH", 3920, 3920, "+41 27", 1},
        {"Genève", "CH", 1201, 1209, "+41 22", 1},
    };
    return defs;
}

struct Origin
{
    std::vector<const char *> firstNames, lastNames;
    const char *language;
    int weight;
};

const std::vector<Origin> &origins()
{
    static const std::vector<Origin> defs = {
        {{"Anna",    "Jürgen",   "Jörg",       "Sören",      "Björn",     "Günter",
          "Käthe",   "Bärbel",   "Hans-Peter", "Maximilian", "Sophie",    "Lukas",
          "Leonie",  "Felix",    "Lena",       "Jonas",      "Marie",     "Paul",
          "Emma",    "Finn",     "Mia",        "Ben",        "Hannah",    "Elias",
          "Lea",     "Noah",     "Laura",      "Tim",        "Julia",     "Jan",
          "Sarah",   "Niklas",   "Katharina",  "Moritz",     "Franziska", "Tobias",
          "Sabine",  "Thomas",   "Petra",      "Michael",    "Andrea",    "Stefan",
          "Claudia", "Wolfgang", "Ursula",     "Klaus",      "Renate",    "Dieter",
          "Monika",  "Matthias", "Johanna",    "Florian",    "Charlotte", "Sebastian",
          "Martina", "Frank",    "Birgit",     "Uwe",        "Heike",     "Jens",
          "Anja",    "Sven",     "Nadine",     "Zoë",        "Jörn",      "Gisela",
          "Helmut",  "Ingrid",   "Karl-Heinz", "Dörte"},
         {"Müller",     "Schmidt",  "Schneider", "Fischer", "Weber",    "Meyer",      "Wagner",
          "Becker",     "Schulz",   "Hoffmann",  "Schäfer", "Koch",     "Bauer",      "Richter",
          "Klein",      "Wolf",     "Schröder",  "Neumann", "Schwarz",  "Zimmermann", "Braun",
          "Krüger",     "Hofmann",  "Hartmann",  "Lange",   "Schmitt",  "Werner",     "Schmitz",
          "Krause",     "Meier",    "Lehmann",   "Schmid",  "Schulze",  "Maier",      "Köhler",
          "Herrmann",   "König",    "Walter",    "Mayer",   "Huber",    "Kaiser",     "Fuchs",
          "Peters",     "Lang",     "Scholz",    "Möller",  "Weiß",     "Jung",       "Hahn",
          "Schubert",   "Vogel",    "Friedrich", "Keller",  "Günther",  "Frank",      "Berger",
          "Winkler",    "Roth",     "Beck",      "Lorenz",  "Baumann",  "Franke",     "Albrecht",
          "Schuster",   "Simon",    "Ludwig",    "Böhm",    "Winter",   "Kraus",      "Martin",
          "Schumacher", "Krämer",   "Vogt",      "Stein",   "Jäger",    "Otto",       "Sommer",
          "Groß",       "Seidel",   "Heinrich",  "Brandt",  "Haas",     "Schreiber",  "Graf",
          "Dietrich",   "Ziegler",  "Kuhn",      "Kühn",    "Pohl",     "Engel",      "Horn",
          "Busch",      "Bergmann", "Voigt",     "Sauer",   "Arnold",   "Wolff",      "Pfeiffer",
          "Strauß",     "Voß",      "Größer",    "Löffler", "Mühlberg", "Preuß",      "Wößner"},
         "de",
         760},
        {{"François", "Chloé", "Benoît", "Noémie", "René", "Hélène", "Amélie"},
         {"Dubois", "Lefèvre", "Rousseau", "Moreau", "Fontaine", "Girard"},
         "fr",
         30},
        {{"Łukasz", "Agnieszka", "Małgorzata", "Paweł", "Wojciech", "Zofia"},
         {"Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Zieliński"},
         "pl",
         35},
        {{"Øyvind", "Søren", "Åsa", "Mikael", "Ingrid", "Bjørn"},
         {"Hansen", "Sørensen", "Østergaard", "Lindström", "Johansson", "Løvås"},
         "en",
         15},
        {{"José", "Lucía", "Sergio", "Ana", "Begoña", "Iñaki"},
         {"Nuñez", "García", "Rodríguez", "Martínez", "Peña", "Ibáñez"},
         "es",
         25},
        {{"Mehmet", "Ayşe", "Emre", "Zeynep", "Ömer", "Elif"},
         {"Yılmaz", "Öztürk", "Çelik", "Şahin", "Kaya", "Doğan"},
         "de",
         45},
        {{"Giulia", "Matteo", "Francesca", "Niccolò", "Chiara"},
         {"Rossi", "Bianchi", "Ferrari", "Esposito", "Colombo"},
         "it",
         20},
        {{"Jiří", "Tomáš", "Ivana", "Zdeněk", "Kateřina"},
         {"Dvořák", "Novák", "Svoboda", "Černý", "Procházka"},
         "cs",
         15},
        {{"Zoë", "Siobhán", "Sinéad", "Liam", "Oliver", "Grace"},
         {"O'Brien", "Murphy", "Smith", "Walsh", "O'Connor", "Taylor"},
         "en",
         25},
        {{"João", "Inês", "Conceição", "Gonçalo"},
         {"Gonçalves", "Simões", "Magalhães", "Araújo"},
         "pt",
         10},
        {{"Dušan", "Nikola", "Marta", "Ivana", "Željko"},
         {"Ivanović", "Kovačević", "Horváth", "Jovanović", "Babić"},
         "hr",
         20},
    };
    return defs;
}

const std::vector<const char *> kStreetsDe = {"Hauptstraße",
                                              "Bahnhofstraße",
                                              "Schillerstraße",
                                              "Goethestraße",
                                              "Gartenstraße",
                                              "Dorfstraße",
                                              "Bergstraße",
                                              "Lindenstraße",
                                              "Kirchstraße",
                                              "Am Mühlbach",
                                              "Schloßallee",
                                              "Königstraße",
                                              "Friedrichstraße",
                                              "Mühlenweg",
                                              "Uhlandstraße",
                                              "Lessingstraße",
                                              "Rosenweg",
                                              "Talstraße",
                                              "Am Sportplatz",
                                              "Görlitzer Straße",
                                              "Kastanienallee",
                                              "Prenzlauer Allee",
                                              "Über der Aue",
                                              "Ährenfeld",
                                              "Weißdornweg",
                                              "Fährstraße",
                                              "Brückenstraße",
                                              "An der Schäferei",
                                              "Zur Höhe",
                                              "Grüner Weg",
                                              "Heinrich-Heine-Straße",
                                              "Karl-Marx-Allee",
                                              "Maximilianstraße",
                                              "Am Ölberg",
                                              "Wöhlertstraße"};
const std::vector<const char *> kStreetsAt = {
    "Mariahilfer Straße", "Maria-Theresien-Straße", "Getreidegasse", "Herrengasse",
    "Hauptplatz",         "Schönbrunner Straße",    "Museumstraße",  "Jochberger Straße"};
const std::vector<const char *> kStreetsCh = {"Bahnhofstrasse", "Seestrasse",  "Dorfstrasse",
                                              "Promenade",      "Limmatquai",  "Spitalgasse",
                                              "Hofstrasse",     "Rue du Rhône"};

const std::vector<const char *> kMobileDe = {"151", "152", "160", "162", "170", "171", "172",
                                             "173", "175", "176", "177", "178", "179"};
const std::vector<const char *> kMobileAt = {"650", "660", "664", "676", "699"};
const std::vector<const char *> kMobileCh = {"76", "77", "78", "79"};

const std::vector<const char *> kMailDe = {"web.de",     "gmx.de",     "gmail.com",  "t-online.de",
                                           "outlook.de", "posteo.de",  "icloud.com", "yahoo.de",
                                           "freenet.de", "mailbox.org"};
const std::vector<const char *> kMailAt = {"gmx.at", "aon.at", "gmail.com", "chello.at"};
const std::vector<const char *> kMailCh = {"bluewin.ch", "gmx.ch", "gmail.com", "sunrise.ch"};

const std::vector<const char *> kHotelNames = {
    "Hotel Alpenblick",          "Hotel Seeblick",     "Gasthof Zur Post",     "Hotel Bergfrieden",
    "Pension Edelweiß",          "Hotel Sonnenhof",    "Berghotel Schönblick", "Landgasthof Krone",
    "Ferienwohnungen Almrausch", "Hotel Am Schloßpark"};
const std::vector<const char *> kClubPatterns = {
    "Skiclub %1 e.V.",        "Radsportverein %1 e.V.", "TSV %1 e.V.",
    "Alpenverein Sektion %1", "Schützenverein %1 e.V.", "Freiwillige Feuerwehr %1",
    "Wanderfreunde %1 e.V."};
const std::vector<const char *> kCompanyPatterns = {"%1 Bau GmbH",
                                                    "Eventagentur %1",
                                                    "%1 & Söhne GmbH",
                                                    "Gartenbau %1",
                                                    "Hausmeisterservice %1",
                                                    "Catering %1 GmbH",
                                                    "%1 Veranstaltungstechnik KG",
                                                    "Malerbetrieb %1",
                                                    "Fliesen %1 GmbH & Co. KG"};

const std::vector<const char *> kCustomerNotes = {"Bevorzugt Rahmengröße L",
                                                  "Bitte Rechnung an die Firmenadresse",
                                                  "Kinderanhänger beim nächsten Mal reservieren",
                                                  "Zahlt nur bar",
                                                  "Schuhgröße 44, Skilänge 175 cm",
                                                  "Kommt meist samstags früh",
                                                  "Hat Rabatt über Vereinsmitgliedschaft",
                                                  "Lieferung bis an die Baustelle gewünscht"};
const std::vector<const char *> kBlockedReasons = {
    "Mietobjekt nicht zurückgegeben", "Offene Rechnung seit über 90 Tagen",
    "Beschädigung nicht gemeldet", "Ausweisdokument war gefälscht",
    "Mehrfach Reservierungen nicht abgeholt"};
const std::vector<const char *> kLineNotes = {
    "mit Kindersitz",  "Schloss mitgegeben",        "inklusive Ladegerät",
    "frisch gewachst", "Kunde bringt eigenen Helm", "Lieferung frei Haus"};
const std::vector<const char *> kTxNotes = {"Abholung durch Ehepartner", "Lieferung am Vortag",
                                            "Anzahlung per Überweisung", "Kunde ruft vorher an",
                                            "Gruppenbuchung"};

const std::array<std::vector<const char *>, ThemeCount> kDamages = {{
    {"Kratzer am Rahmen", "Bremse defekt", "Schaltwerk verbogen", "Reifen platt",
     "Akku-Halterung gebrochen", "Sattel eingerissen"},
    {"Kante ausgebrochen", "Belag stark zerkratzt", "Bindung locker", "Schale gerissen",
     "Visier zerkratzt"},
    {"Bohrfutter defekt", "Kabel beschädigt", "Motor überhitzt", "Trommel verbeult",
     "Schlauch undicht"},
    {"Zeltplane eingerissen", "Bank gebrochen", "Tischplatte verkratzt", "Stange verbogen",
     "Lautsprecher defekt"},
}};

// A tiny valid PNG (16 × 16, RGB), as a scanned photo or a damage picture would be.
const unsigned char kPng[] = {
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x10, 0x08, 0x02, 0x00, 0x00, 0x00, 0x90, 0x91, 0x68,
    0x36, 0x00, 0x00, 0x00, 0x24, 0x49, 0x44, 0x41, 0x54, 0x78, 0xda, 0x63, 0xf8, 0x74, 0x50, 0x16,
    0x8e, 0xe4, 0xf3, 0xb7, 0xc0, 0x11, 0x2e, 0x71, 0x86, 0x41, 0xa8, 0x81, 0x18, 0x45, 0xc8, 0xe2,
    0x83, 0x51, 0xc3, 0x68, 0x3c, 0x0c, 0x0a, 0x0d, 0x00, 0x0e, 0x56, 0x89, 0x10, 0xd8, 0x33, 0x2a,
    0x6f, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82};

// A one-page PDF with correct cross-reference offsets.
QByteArray makePdf(const QString &title, const QStringList &lines)
{
    QByteArray content = "BT /F1 16 Tf 56 780 Td (" + title.toLatin1() + ") Tj /F1 10 Tf";
    for (const QString &line : lines)
        content += " 0 -18 Td (" + line.toLatin1() + ") Tj";
    content += " ET";
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R "
        ">> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
            "\nendstream"};
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype off : std::as_const(offsets))
        pdf += QByteArray::number(off).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

struct DemoFile
{
    QByteArray bytes;
    QString mimeType, sha256;
};

enum FileKind { ContractPdf, TermsText, PhotoPng, ListCsv, FileKindCount };

std::array<DemoFile, FileKindCount> demoFiles()
{
    std::array<DemoFile, FileKindCount> files;
    files[ContractPdf] = {
        makePdf(u8("Mietvertrag"), {u8("Vermieter: RentDesk Verleih, Hauptstraße 1, 10115 Berlin"),
                                    u8("Die Mietsache ist pfleglich zu behandeln und pünktlich "
                                       "zurückzugeben."),
                                    u8("Bei verspäteter Rückgabe wird eine Gebühr je Tag fällig."),
                                    u8("Unterschrift Mieter: ______________________")}),
        QStringLiteral("application/pdf"),
        {}};
    files[TermsText] = {u8("Allgemeine Mietbedingungen\n"
                           "==========================\n\n"
                           "1. Die Mietzeit beginnt mit der Übergabe und endet mit der Rückgabe.\n"
                           "2. Schäden sind sofort zu melden; der Mieter haftet für grobe "
                           "Fahrlässigkeit.\n"
                           "3. Bei Rückgabe nach Ladenschluss gilt der nächste Öffnungstag.\n"
                           "4. Gutscheine sind drei Jahre gültig und nicht auszahlbar.\n")
                            .toUtf8(),
                        QStringLiteral("text/plain"),
                        {}};
    files[PhotoPng] = {QByteArray(reinterpret_cast<const char *>(kPng), sizeof kPng),
                       QStringLiteral("image/png"),
                       {}};
    files[ListCsv] = {u8("Nachname;Vorname;Schuhgröße;Skilänge\n"
                         "Müller;Anna;39;160\nSchäfer;Jürgen;44;175\nNuñez;Zoë;37;150\n"
                         "Øvrebø;Øyvind;46;180\nWiśniewski;Łukasz;43;170\n")
                          .toUtf8(),
                      QStringLiteral("text/csv"),
                      {}};
    for (DemoFile &f : files)
        f.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(f.bytes, QCryptographicHash::Sha256).toHex());
    return files;
}

// ASCII for e-mail addresses: German umlauts spelled out, other accents dropped.
QString asciiWord(const QString &text)
{
    QString spelled;
    spelled.reserve(text.size() + 4);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case 0x00E4:
        case 0x00C4: spelled += QLatin1String("ae"); break;
        case 0x00F6:
        case 0x00D6: spelled += QLatin1String("oe"); break;
        case 0x00FC:
        case 0x00DC: spelled += QLatin1String("ue"); break;
        default: spelled += c;
        }
    }
    const QString folded = fold(spelled);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out += c;
        else if ((c == QLatin1Char(' ') || c == QLatin1Char('-')) && !out.isEmpty() &&
                 !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

// Digits of a phone number; a subscriber number never starts with 0.
QString digits(Rng &rng, int count)
{
    QString out(count, Qt::Uninitialized);
    for (int i = 0; i < count; ++i)
        out[i] = QLatin1Char(char(i == 0 ? '1' + rng.below(9) : '0' + rng.below(10)));
    return out;
}

// ------------------------------------------------------------------------ the generator

enum class Status { Request, Reservation, Booking, HandedOut, Returned, Closed, Cancelled };

QString statusText(Status s)
{
    switch (s) {
    case Status::Request: return QStringLiteral("request");
    case Status::Reservation: return QStringLiteral("reservation");
    case Status::Booking: return QStringLiteral("booking");
    case Status::HandedOut: return QStringLiteral("handed_out");
    case Status::Returned: return QStringLiteral("returned");
    case Status::Closed: return QStringLiteral("closed");
    case Status::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

struct RentalObject
{
    QString id, barcode;
    int article = 0;
    bool lendable = true; // not in maintenance or retired
};

struct Group
{
    QString id;
    int discount = 0;
};

struct Person
{
    QString first, last, company, email, phone, street, postcode, city, country, language;
    QString birthDate, note, blockedReason;
    int cityIndex = 0;
    int group = -1; // index into the groups, -1 for none
    bool blocked = false;
};

struct TxPlan
{
    Status status = Status::Closed;
    QString kind;
    qint64 start = 0, due = 0; // local minutes
    int theme = Bike;
    int lines = 1;
    int preferredArticle = -1;
    bool openPayment = false; // force an open payment (for the long-history customer)
};

struct LineRec
{
    QString id;
    int object = 0;
    qint64 price = 0;
    qint64 returnedAt = 0;
    bool returned = false;
};

struct TxRec
{
    QString id;
    Status status;
    qint64 start = 0, total = 0;
};

class Generator
{
public:
    Generator(Store &store, const DemoOptions &options)
        : m_store(store)
        , m_db(store.database())
        , m_options(options)
        , m_rng(options.seed)
        , m_clock(options.today)
        , m_null(QMetaType::fromType<QString>())
    {}

    bool run(QString *error);

private:
    // --- SQL ---
    QSqlQuery prepare(const char *sql);
    void insert(QSqlQuery &q, std::initializer_list<QVariant> values);
    bool execute(const char *sql);
    QVariant orNull(const QString &text) const { return text.isEmpty() ? m_null : QVariant(text); }

    // --- content ---
    bool writeFiles();
    void referenceData();
    void customer(qint64 seq);
    Person person(qint64 seq);
    QString phone(const Person &p, bool mobile);
    QString email(const QString &first, const QString &last, const QString &company,
                  const QString &country, int variant);
    void address(Person &p, const QString &country, int cityIndex = -1);
    QString staff() { return m_staff[size_t(m_rng.below(qint64(m_staff.size())))]; }
    QVariant staffOrNull() { return m_rng.chance(150) ? m_null : QVariant(staff()); }
    qint64 openingTime(qint64 day, int fromHour = 8, int toHour = 18);

    TxPlan plan(Status status, qint64 customerCreated);
    enum class Profile { Normal, NoRunningRental, LongHistory };
    Status randomStatus(Profile profile);
    void transaction(const TxPlan &plan, const QString &customerId, qint64 customerCreated,
                     int discount, int groupIndex);
    int takeLendable(int theme, int preferredArticle);
    void damageCase(const QString &customerId, const QString &txId, const RentalObject &object,
                    qint64 returnedAt);
    std::vector<std::array<QVariant, 8>> m_heldActivities;
    void writeHeldActivities();
    void customerPermission(const QString &customerId, const QString &permission)
    {
        insert(m_permissionQ,
               {naturalId(QStringLiteral("customer_permission"), {customerId, permission}),
                customerId, permission, 0});
    }
    void payment(const QString &customerId, const QString &txId, const QVariant &lineId,
                 const QString &description, qint64 amount, qint64 dueDay, bool paid, qint64 paidAt,
                 const QString &method, bool cancelled = false);
    void document(const QString &customerId, const QVariant &damageCaseId, FileKind kind,
                  const QString &fileName, const QString &note, qint64 at);
    void changes(const QString &customerId, const Person &p, qint64 created, int count,
                 qint64 *updated);
    void activity(const QString &customerId, qint64 at, const QVariant &staffId,
                  const QString &action, const QString &field = {}, const QString &oldValue = {},
                  const QString &newValue = {});

    Store &m_store;
    QSqlDatabase m_db;
    const DemoOptions &m_options;
    Rng m_rng;
    Clock m_clock;
    const QVariant m_null;
    QString m_error;
    bool m_failed = false;
    qint64 m_now = 0; // the demo's "now": today, 10:00 local

    std::array<DemoFile, FileKindCount> m_files;
    std::vector<QString> m_staff;
    std::vector<Group> m_groups; // Stammkunden, Vereine, Hotels
    std::vector<QString> m_articleIds;
    QString m_priceListCurrent, m_priceListOld;
    qint64 m_currentFromDay = 0;
    std::vector<RentalObject> m_objects;
    std::array<std::vector<int>, ThemeCount> m_themeObjects; // every object of a theme
    std::array<std::vector<int>, ThemeCount> m_lendable;     // not yet handed out, shuffled
    std::array<size_t, ThemeCount> m_lendableNext{};
    std::map<int, qint64> m_txNumbers; // per year
    qint64 m_voucherNumber = 0;
    std::unordered_set<QString> m_logins;
    std::vector<Person> m_recent; // for deliberate duplicates
    std::vector<TxRec> m_customerTx;
    std::vector<QString> m_customerDocs;

    QSqlQuery m_customerQ, m_searchQ, m_bigramQ, m_permissionQ, m_txQ, m_lineQ, m_returnQ,
        m_chargeQ, m_paymentQ, m_voucherQ, m_redemptionQ, m_caseQ, m_damageQ, m_accessQ,
        m_documentQ, m_messageQ, m_attachmentQ, m_activityQ;
};

QSqlQuery Generator::prepare(const char *sql)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // OR FAIL instead of the default OR ABORT: SQLite then needs no statement journal (a copy of
    // every page a row touches), which makes the fill about a tenth faster. A failure still
    // rolls the whole batch back, so nothing half-written stays.
    QString text = QString::fromLatin1(sql);
    if (text.startsWith(QLatin1String("INSERT INTO")) &&
        !text.contains(QLatin1String("customer_search")))
        text.replace(0, 11, QStringLiteral("INSERT OR FAIL INTO"));
    if (!q.prepare(text) && !m_failed) {
        m_failed = true;
        m_error =
            DemoData::tr("Cannot prepare a demo data statement: %1").arg(q.lastError().text());
    }
    return q;
}

void Generator::insert(QSqlQuery &q, std::initializer_list<QVariant> values)
{
    // QSQLITE binds a null QString as SQL NULL; an empty text column wants ''. Only m_null
    // (a null QVariant) means NULL.
    static const QVariant empty(QStringLiteral(""));
    for (const QVariant &v : values) {
        if (!v.isNull() && v.typeId() == QMetaType::QString &&
            static_cast<const QString *>(v.constData())->isNull())
            q.addBindValue(empty);
        else
            q.addBindValue(v);
    }
    if (!q.exec() && !m_failed) {
        m_failed = true;
        m_error = DemoData::tr("Cannot write demo data: %1 (%2)")
                      .arg(q.lastError().text(), q.lastQuery().left(60));
    }
}

bool Generator::execute(const char *sql)
{
    QSqlQuery q(m_db);
    if (q.exec(QString::fromLatin1(sql)))
        return true;
    if (!m_failed) {
        m_failed = true;
        m_error = DemoData::tr("Cannot write demo data: %1").arg(q.lastError().text());
    }
    return false;
}

qint64 Generator::openingTime(qint64 day, int fromHour, int toHour)
{
    qint64 t = Clock::at(day, int(m_rng.between(fromHour, toHour - 1)), int(m_rng.below(12)) * 5);
    return std::min(t, m_now - 5);
}

bool Generator::writeFiles()
{
    m_files = demoFiles();
    const QString root = m_store.fileStorePath();
    for (const DemoFile &f : m_files) {
        const QString dir = root + QLatin1Char('/') + f.sha256.left(2);
        const QString path = dir + QLatin1Char('/') + f.sha256;
        if (QFileInfo(path).size() == f.bytes.size())
            continue; // content-addressed: the same name holds the same bytes
        QSaveFile file(path);
        if (!QDir().mkpath(dir) || !file.open(QIODevice::WriteOnly) || file.write(f.bytes) < 0 ||
            !file.commit()) {
            m_error =
                DemoData::tr("Cannot write the demo document %1: %2").arg(path, file.errorString());
            return false;
        }
    }
    return true;
}

// Argon2id takes a moment and 64 MiB by design: each demo PIN is hashed once per process.
QString demoPinHash(const QString &pin)
{
    static QMutex mutex;
    static QHash<QString, QString> hashes;
    const QMutexLocker lock(&mutex);
    auto it = hashes.find(pin);
    if (it == hashes.end())
        it = hashes.insert(pin, secrets::hash(pin));
    return *it;
}

void Generator::referenceData()
{
    const qint64 opened = -kHistoryDays - 60;
    QSqlQuery staffQ = prepare("INSERT INTO staff(id, name, login, role, pin_hash, created_at) "
                               "VALUES (?, ?, ?, ?, ?, ?)");
    // The staff sign in with these PINs (README.md); Jana is the manager.
    for (const DemoStaff &person : DemoData::staff()) {
        m_staff.push_back(m_rng.uuid());
        insert(staffQ, {m_staff.back(), person.name, person.login, roleKey(person.role),
                        demoPinHash(person.pin), m_clock.utc(Clock::at(opened, 9, 0))});
    }

    // The business on the contract and the receipt (a setting of this desk).
    QSqlQuery settingQ = prepare("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)");
    for (const auto &[key, value] : {std::pair{"business_name", "RentDesk Verleih"},
                                     std::pair{"business_address", "Hauptstraße 1\n10115 Berlin"},
                                     std::pair{"business_phone", "+49 30 1234567"},
                                     std::pair{"business_email", "verleih@rentdesk.example"},
                                     std::pair{"business_vat_id", "DE123456789"}})
        insert(settingQ, {QString::fromLatin1(key), u8(value)});

    QSqlQuery groupQ =
        prepare("INSERT INTO customer_groups(id, name, discount_percent) VALUES (?, ?, ?)");
    QSqlQuery groupPermQ =
        prepare("INSERT INTO group_permissions(id, group_id, permission, allowed) VALUES (?, ?, "
                "?, ?)");
    auto groupPermission = [&](const QString &group, const QString &permission, int allowed) {
        insert(groupPermQ, {naturalId(QStringLiteral("group_permission"), {group, permission}),
                            group, permission, allowed});
    };
    const std::vector<std::pair<const char *, int>> groups = {
        {"Stammkunden", 5}, {"Vereine", 10}, {"Hotels", 15}};
    for (const auto &[name, discount] : groups) {
        m_groups.push_back({m_rng.uuid(), discount});
        insert(groupQ, {m_groups.back().id, u8(name), discount});
    }
    const QString payOnInvoice = permissionKey(Permission::PayOnInvoice);
    groupPermission(m_groups[0].id, payOnInvoice, 1);
    groupPermission(m_groups[1].id, payOnInvoice, 1);
    groupPermission(m_groups[1].id, permissionKey(Permission::Request), 1);
    groupPermission(m_groups[2].id, payOnInvoice, 1);
    groupPermission(m_groups[2].id, permissionKey(Permission::RedeemVouchers), 0);
    groupPermission(m_groups[2].id, permissionKey(Permission::BookWithoutDeposit), 1);

    // Keep defaults a person has set already; a new store has none.
    QSqlQuery defaultQ =
        prepare("INSERT OR IGNORE INTO default_permissions(id, permission, allowed) VALUES (?, ?, "
                "?)");
    for (Permission p : allPermissions()) {
        const bool allowed = p == Permission::Request || p == Permission::Reserve ||
                             p == Permission::Book || p == Permission::RedeemVouchers ||
                             p == Permission::SeeGroupPrices;
        insert(defaultQ, {naturalId(QStringLiteral("default_permission"), {permissionKey(p)}),
                          permissionKey(p), allowed ? 1 : 0});
    }

    // A deposit of about three days' rent, in whole ten euros (at least ten).
    QSqlQuery articleQ = prepare("INSERT INTO articles(id, name, category, description, "
                                 "vat_rate_bp, deposit_minor) VALUES (?, ?, ?, ?, 1900, ?)");
    for (const ArticleDef &a : articleDefs()) {
        m_articleIds.push_back(m_rng.uuid());
        insert(articleQ, {m_articleIds.back(), u8(a.name), u8(a.category), u8(a.description),
                          std::max(1000, (a.perDay * 3 + 500) / 1000 * 1000)});
    }

    // Price lists: the current one since New Year, the older one before (about 15 % cheaper).
    const QDate today = m_clock.today();
    m_currentFromDay = today.daysTo(QDate(today.year(), 1, 1));
    const qint64 oldFromDay = today.daysTo(QDate(today.year() - 9, 1, 1));
    QSqlQuery listQ = prepare("INSERT INTO price_lists(id, name, currency, valid_from, valid_to) "
                              "VALUES (?, ?, 'EUR', ?, ?)");
    m_priceListOld = m_rng.uuid();
    m_priceListCurrent = m_rng.uuid();
    insert(listQ,
           {m_priceListOld, u8("Standardpreise %1–%2").arg(today.year() - 9).arg(today.year() - 1),
            m_clock.date(oldFromDay), m_clock.date(m_currentFromDay - 1)});
    insert(listQ, {m_priceListCurrent, u8("Standardpreise %1").arg(today.year()),
                   m_clock.date(m_currentFromDay), m_null});
    // Day tiers (two days 1.75, three days 2.4 times a day), each further day 0.6 of a day, a
    // week four days' price; late by the hour at an eighth of a day, after 30 minutes' grace.
    QSqlQuery entryQ =
        prepare("INSERT INTO price_list_entries(id, price_list_id, article_id, per_day_minor, "
                "per_hour_minor, late_fee_per_day_minor, day_tiers, extra_day_minor, "
                "per_week_minor, late_fee_per_hour_minor, late_grace_minutes) VALUES (?, ?, ?, ?, "
                "?, ?, ?, ?, ?, ?, 30)");
    auto entryId = [](const QString &list, const QString &article) {
        return naturalId(QStringLiteral("price_list_entry"), {list, article});
    };
    auto share = [](qint64 minor, int percent) { return (minor * percent / 100 + 25) / 50 * 50; };
    auto entry = [&](const QString &list, size_t i, qint64 perDay, qint64 perHour, qint64 late) {
        insert(entryQ,
               {entryId(list, m_articleIds[i]), list, m_articleIds[i], perDay, perHour, late,
                QStringLiteral("%1 %2").arg(share(perDay, 175)).arg(share(perDay, 240)),
                share(perDay, 60), share(perDay, 400), share(late, 125) / 10});
    };
    const auto &defs = articleDefs();
    for (size_t i = 0; i < defs.size(); ++i) {
        auto older = [](int minor) { return qint64(minor) * 85 / 100 / 50 * 50; };
        entry(m_priceListCurrent, i, defs[i].perDay, defs[i].perHour, defs[i].lateFee);
        entry(m_priceListOld, i, older(defs[i].perDay), older(defs[i].perHour),
              older(defs[i].lateFee));
    }

    // Rental objects: enough that every running rental has its own object.
    const qint64 total = 300 + m_options.customers / 5;
    int weightSum = 0;
    for (const ArticleDef &a : defs)
        weightSum += a.weight;
    QSqlQuery objectQ = prepare(
        "INSERT INTO rental_objects(id, article_id, name, barcode, state) VALUES (?, ?, ?, ?, ?)");
    for (size_t i = 0; i < defs.size(); ++i) {
        const qint64 count = std::max<qint64>(2, total * defs[i].weight / weightSum);
        const QStringList sizes = u8(defs[i].sizes).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (qint64 n = 1; n <= count; ++n) {
            RentalObject o;
            o.id = m_rng.uuid();
            o.article = int(i);
            o.barcode =
                QStringLiteral("RB-%1").arg(qint64(m_objects.size()) + 1, 4, 10, QLatin1Char('0'));
            QString name = u8(defs[i].objectName);
            if (!sizes.isEmpty())
                name += QLatin1Char(' ') + sizes.at(qsizetype((n - 1) % sizes.size()));
            name += QStringLiteral(" #%1").arg(sizes.isEmpty() ? n : (n - 1) / sizes.size() + 1);
            QString state = QStringLiteral("available");
            const qint64 r = m_rng.below(1000);
            if (r < 20)
                state = QStringLiteral("maintenance");
            else if (r < 30)
                state = QStringLiteral("retired");
            o.lendable = r >= 30;
            insert(objectQ, {o.id, m_articleIds[i], name, o.barcode, state});
            m_themeObjects[defs[i].theme].push_back(int(m_objects.size()));
            if (o.lendable)
                m_lendable[defs[i].theme].push_back(int(m_objects.size()));
            m_objects.push_back(std::move(o));
        }
    }
    for (auto &pool : m_lendable)
        shuffle(pool, m_rng);
}

int Generator::takeLendable(int theme, int preferredArticle)
{
    for (int t = 0; t < ThemeCount; ++t) {
        const int th = (theme + t) % ThemeCount;
        std::vector<int> &pool = m_lendable[th];
        size_t &next = m_lendableNext[th];
        if (next >= pool.size())
            continue;
        if (preferredArticle >= 0) {
            for (size_t i = next; i < pool.size(); ++i) {
                if (m_objects[size_t(pool[i])].article == preferredArticle) {
                    std::swap(pool[i], pool[next]);
                    break;
                }
            }
        }
        return pool[next++];
    }
    return -1;
}

QString Generator::phone(const Person &p, bool mobile)
{
    const CityDef &city = cityDefs()[size_t(p.cityIndex)];
    const QString country = u8(city.country);
    if (country == QLatin1String("AT")) {
        if (mobile)
            return (m_rng.chance(600) ? QStringLiteral("+43 ") : QStringLiteral("0")) +
                   u8(m_rng.pick(kMobileAt)) + QLatin1Char(' ') + digits(m_rng, 7);
        return u8(city.areaCode) + QLatin1Char(' ') + digits(m_rng, 6);
    }
    if (country == QLatin1String("CH")) {
        const QString prefix = mobile ? u8("+41 ") + u8(m_rng.pick(kMobileCh)) : u8(city.areaCode);
        return prefix + QLatin1Char(' ') + digits(m_rng, 3) + QLatin1Char(' ') + digits(m_rng, 2) +
               QLatin1Char(' ') + digits(m_rng, 2);
    }
    if (mobile) {
        const QString net = u8(m_rng.pick(kMobileDe));
        switch (m_rng.below(3)) {
        case 0: return QStringLiteral("+49 ") + net + QLatin1Char(' ') + digits(m_rng, 7);
        case 1: return QLatin1Char('0') + net + QLatin1Char(' ') + digits(m_rng, 7);
        default: return QLatin1Char('0') + net + QLatin1Char('/') + digits(m_rng, 7);
        }
    }
    const QString area = u8(city.areaCode);
    return area + QLatin1Char(' ') + digits(m_rng, int(11 - area.size()));
}

QString Generator::email(const QString &first, const QString &last, const QString &company,
                         const QString &country, int variant)
{
    const std::vector<const char *> &domains = country == QLatin1String("AT")   ? kMailAt
                                               : country == QLatin1String("CH") ? kMailCh
                                                                                : kMailDe;
    if (last.isEmpty() || (!company.isEmpty() && variant % 3 == 0)) {
        const QString tld =
            country == QLatin1String("DE") ? QStringLiteral("de") : country.toLower();
        return QStringLiteral("info@") + asciiWord(company).left(40) + QLatin1Char('.') + tld;
    }
    const QString f = asciiWord(first), l = asciiWord(last);
    const QString domain = u8(m_rng.pick(domains));
    QString local;
    // Mostly with a number, as real addresses of common names are: fewer accidental duplicates.
    if (variant == 0)
        local = f + QLatin1Char('.') + l;
    else if (variant < 5)
        local = f + QLatin1Char('.') + l + QString::number(m_rng.between(1, 999));
    else if (variant < 9)
        local = f + l + QString::number(m_rng.between(1950, 2006));
    else if (variant < 12)
        local = l + QLatin1Char('.') + f.left(1) + QString::number(m_rng.between(10, 999));
    else
        local = f.left(1) + QLatin1Char('.') + l + QString::number(m_rng.between(1, 999));
    if (local.startsWith(QLatin1Char('.')))
        local.remove(0, 1);
    return local + QLatin1Char('@') + domain;
}

void Generator::address(Person &p, const QString &country, int cityIndex)
{
    const auto &cities = cityDefs();
    if (cityIndex >= 0) {
        p.cityIndex = cityIndex;
    } else {
        std::vector<int> weights;
        std::vector<int> indexes;
        for (size_t i = 0; i < cities.size(); ++i) {
            if (country.isEmpty() || country == u8(cities[i].country)) {
                weights.push_back(cities[i].weight);
                indexes.push_back(int(i));
            }
        }
        p.cityIndex = indexes[m_rng.weighted(weights)];
    }
    const CityDef &city = cities[size_t(p.cityIndex)];
    p.country = u8(city.country);
    p.city = u8(city.name);
    const qint64 code = m_rng.between(city.postcodeFrom, city.postcodeTo);
    p.postcode = QStringLiteral("%1").arg(code, p.country == QLatin1String("DE") ? 5 : 4, 10,
                                          QLatin1Char('0'));
    const std::vector<const char *> &streets = p.country == QLatin1String("AT")   ? kStreetsAt
                                               : p.country == QLatin1String("CH") ? kStreetsCh
                                                                                  : kStreetsDe;
    p.street = u8(m_rng.pick(streets)) + QLatin1Char(' ') + QString::number(m_rng.between(1, 160));
    if (m_rng.chance(80))
        p.street += QLatin1Char(char('a' + m_rng.below(4)));
}

Person Generator::person(qint64 seq)
{
    Person p;
    if (seq == 1) {
        // The long-history customer of the benchmarks and the screenshots.
        p.first = u8("Anna");
        p.last = u8("Müller");
        p.cityIndex = 0;
        p.country = QStringLiteral("DE");
        p.city = u8("Berlin");
        p.postcode = QStringLiteral("10437");
        p.street = u8("Kastanienallee 12");
        p.email = QStringLiteral("anna.mueller@web.de");
        p.phone = QStringLiteral("+49 171 2345678");
        p.language = QStringLiteral("de");
        p.birthDate = QDate(m_clock.today().year() - 41, 5, 17).toString(Qt::ISODate);
        p.group = 0;
        p.note = u8("Stammkundin seit Jahren, fährt am liebsten E-Bike Größe M");
        return p;
    }
    // Now and then the same person a second time (another address): something to merge.
    if (seq % 397 == 0 && !m_recent.empty()) {
        p = m_recent[size_t(m_rng.below(qint64(m_recent.size())))];
        address(p, p.country);
        p.phone = phone(p, true);
        p.note.clear();
        p.blocked = false;
        p.blockedReason.clear();
        return p;
    }

    const auto &all = origins();
    std::vector<int> weights;
    for (const Origin &o : all)
        weights.push_back(o.weight);
    const Origin &origin = all[m_rng.weighted(weights)];
    // Now and then a German last name with a foreign first name (by marriage, say).
    p.first = u8(origin.firstNames[size_t(m_rng.below(qint64(origin.firstNames.size())))]);
    p.last = u8(origin.lastNames[size_t(m_rng.below(qint64(origin.lastNames.size())))]);
    if (&origin != &all[0] && m_rng.chance(120))
        p.last = u8(all[0].lastNames[size_t(m_rng.below(qint64(all[0].lastNames.size())))]);
    p.language =
        (&origin == &all[0] || m_rng.chance(650)) ? QStringLiteral("de") : u8(origin.language);

    const qint64 countryRoll = m_rng.below(100);
    address(p, countryRoll < 88 ? QStringLiteral("DE")
                                : (countryRoll < 94 ? QStringLiteral("AT") : QStringLiteral("CH")));

    const qint64 kind = m_rng.below(1000);
    if (kind < 25) { // hotel
        p.company = u8(m_rng.pick(kHotelNames)) + QLatin1Char(' ') + p.city;
        p.group = 2;
    } else if (kind < 55) { // club
        p.company = u8(m_rng.pick(kClubPatterns)).arg(p.city);
        p.group = 1;
    } else if (kind < 85) { // trade or event business
        p.company = u8(m_rng.pick(kCompanyPatterns)).arg(p.last);
    } else if (kind < 190) {
        p.group = 0;
    }
    if (!p.company.isEmpty() && m_rng.chance(200)) {
        p.first.clear();
        p.last.clear();
    }

    // Guests who write their names in other scripts, every 157th customer (no random draw, so
    // the rest of the data stays as it was); the e-mail address is in Latin letters.
    QString mailFirst = p.first, mailLast = p.last;
    if (seq % 157 == 0 && p.company.isEmpty()) {
        static const char *const guests[][4] = {
            {"Γιώργος", "Παπαδόπουλος", "Giorgos", "Papadopoulos"},
            {"Дмитрий", "Иванов", "Dmitrij", "Iwanow"},
            {"芳", "王", "Fang", "Wang"},
            {"Ελένη", "Κωνσταντίνου", "Eleni", "Konstantinou"},
            {"Ольга", "Смирнова", "Olga", "Smirnowa"},
            {"小龙", "李", "Xiaolong", "Li"},
            {"محمد", "العلي", "Mohammed", "Alali"},
            {"Олександр", "Шевченко", "Oleksandr", "Schewtschenko"},
            {"さくら", "佐藤", "Sakura", "Sato"},
            {"민준", "김", "Minjun", "Kim"},
        };
        const auto &g = guests[size_t(seq / 157) % std::size(guests)];
        p.first = u8(g[0]);
        p.last = u8(g[1]);
        mailFirst = u8(g[2]);
        mailLast = u8(g[3]);
    }
    const qint64 contact = m_rng.below(100);
    if (contact >= 5)
        p.email = email(mailFirst, mailLast, p.company, p.country, int(m_rng.below(15)));
    if (contact < 92)
        p.phone = phone(p, m_rng.chance(650));
    if (!m_rng.chance(150) && p.company.isEmpty()) {
        const qint64 ageDays = m_rng.between(18 * 365 + 5, 85 * 365);
        p.birthDate = m_clock.date(-ageDays);
    }
    if (m_rng.chance(40))
        p.note = u8(m_rng.pick(kCustomerNotes));
    if (m_rng.chance(5)) {
        p.blocked = true;
        p.blockedReason = u8(m_rng.pick(kBlockedReasons));
    }
    if (m_recent.size() < 32)
        m_recent.push_back(p);
    else
        m_recent[size_t(seq % 32)] = p;
    return p;
}

void Generator::activity(const QString &customerId, qint64 at, const QVariant &staffId,
                         const QString &action, const QString &field, const QString &oldValue,
                         const QString &newValue)
{
    // The customer's own history is made before its row (the row shows where the history
    // ends), but written after it: a reference must point at a row that is there.
    m_heldActivities.push_back(
        {m_rng.uuid(), customerId, m_clock.utc(at), staffId, action, field, oldValue, newValue});
}

void Generator::writeHeldActivities()
{
    for (const auto &a : m_heldActivities)
        insert(m_activityQ, {a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]});
    m_heldActivities.clear();
}

// Earlier values of the master data, changed at the desk over time: each activity's old value is
// the previous one's new value and the last new value is what the customer row holds.
void Generator::changes(const QString &customerId, const Person &p, qint64 created, int count,
                        qint64 *updated)
{
    enum Kind { ChPhone, ChEmail, ChMove, ChNote, ChGroup, ChBirth, ChName, ChBlocked };
    std::vector<std::pair<qint64, Kind>> events;
    const qint64 createdDay = Clock::dayOf(created);
    const bool longHistory = count > 10;
    auto when = [&] { return std::max(created + 10, openingTime(m_rng.between(createdDay, -1))); };
    bool noted = false;
    for (int i = 0; i < count; ++i) {
        Kind k = Kind(m_rng.below(4)); // phone, e-mail, move, note
        if (k == ChNote && (p.note.isEmpty() || noted))
            k = ChPhone;
        noted = noted || k == ChNote;
        if (k == ChEmail && p.email.isEmpty())
            k = ChMove;
        events.emplace_back(when(), k);
    }
    if (p.group >= 0 && m_rng.chance(300))
        events.emplace_back(when(), ChGroup);
    if (!p.birthDate.isEmpty() && m_rng.chance(100))
        events.emplace_back(when(), ChBirth);
    if (!p.first.isEmpty() && !p.last.isEmpty() && m_rng.chance(30))
        events.emplace_back(when(), ChName);
    if (p.blocked)
        events.emplace_back(when(), ChBlocked);
    std::stable_sort(events.begin(), events.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });

    // Each change's old value, made up; the newest new value is the one in the row.
    Person prev = p; // values before the next change, walking backwards
    std::vector<std::array<QString, 3>> olds(events.size());
    for (size_t i = events.size(); i-- > 0;) {
        switch (events[i].second) {
        case ChPhone: olds[i][0] = phone(prev, m_rng.chance(500)); break;
        case ChEmail:
            olds[i][0] =
                email(prev.first, prev.last, prev.company, prev.country, int(m_rng.below(15)));
            break;
        case ChMove: {
            // Most people move within their town.
            Person before = prev;
            address(before, prev.country, (longHistory || m_rng.chance(750)) ? prev.cityIndex : -1);
            olds[i] = {before.street, before.postcode, before.city};
            break;
        }
        case ChName: {
            const auto &german = origins()[0].lastNames;
            olds[i][0] = u8(german[size_t(m_rng.below(qint64(german.size())))]);
            break;
        }
        default: break;
        }
    }
    // Forwards: emit with old → new, tracking the value in force.
    std::array<QString, 3> phoneNow{}, emailNow{}, nameNow{};
    std::array<QString, 3> addressNow{};
    // Values in force at creation are the first event's old values, per field.
    auto firstOld = [&](Kind k, std::array<QString, 3> current) {
        for (size_t i = 0; i < events.size(); ++i)
            if (events[i].second == k)
                return olds[i];
        return current;
    };
    phoneNow = firstOld(ChPhone, {p.phone});
    emailNow = firstOld(ChEmail, {p.email});
    nameNow = firstOld(ChName, {p.last});
    addressNow = firstOld(ChMove, {p.street, p.postcode, p.city});
    auto nextOf = [&](Kind k, size_t from, std::array<QString, 3> current) {
        for (size_t i = from + 1; i < events.size(); ++i)
            if (events[i].second == k)
                return olds[i];
        return current;
    };
    for (size_t i = 0; i < events.size(); ++i) {
        const qint64 at = events[i].first;
        const QVariant who = staff();
        switch (events[i].second) {
        case ChPhone: {
            const auto next = nextOf(ChPhone, i, {p.phone});
            activity(customerId, at, who, QStringLiteral("customer.changed"),
                     columnName(CustomerField::Phone), phoneNow[0], next[0]);
            phoneNow = next;
            break;
        }
        case ChEmail: {
            const auto next = nextOf(ChEmail, i, {p.email});
            activity(customerId, at, who, QStringLiteral("customer.changed"),
                     columnName(CustomerField::Email), emailNow[0], next[0]);
            emailNow = next;
            break;
        }
        case ChMove: {
            const auto next = nextOf(ChMove, i, {p.street, p.postcode, p.city});
            const CustomerField fields[] = {CustomerField::Street, CustomerField::Postcode,
                                            CustomerField::City};
            for (int f = 0; f < 3; ++f)
                if (addressNow[size_t(f)] != next[size_t(f)])
                    activity(customerId, at, who, QStringLiteral("customer.changed"),
                             columnName(fields[f]), addressNow[size_t(f)], next[size_t(f)]);
            addressNow = next;
            break;
        }
        case ChNote:
            activity(customerId, at, who, QStringLiteral("customer.changed"),
                     columnName(CustomerField::Note), QString(), p.note);
            break;
        case ChGroup:
            activity(customerId, at, who, QStringLiteral("customer.changed"),
                     columnName(CustomerField::Group), QString(), m_groups[size_t(p.group)].id);
            break;
        case ChBirth:
            activity(customerId, at, who, QStringLiteral("customer.changed"),
                     columnName(CustomerField::BirthDate), QString(), p.birthDate);
            break;
        case ChName: {
            const auto next = nextOf(ChName, i, {p.last});
            activity(customerId, at, who, QStringLiteral("customer.changed"),
                     columnName(CustomerField::LastName), nameNow[0], next[0]);
            nameNow = next;
            break;
        }
        case ChBlocked:
            activity(customerId, at, who, QStringLiteral("customer.changed"),
                     columnName(CustomerField::Blocked), QStringLiteral("0"), QStringLiteral("1"));
            activity(customerId, at, who, QStringLiteral("customer.changed"),
                     columnName(CustomerField::BlockedReason), QString(), p.blockedReason);
            break;
        }
        *updated = std::max(*updated, at);
    }
}

Status Generator::randomStatus(Profile profile)
{
    // request, reservation, booking, handed_out, returned, closed, cancelled
    static const std::vector<int> normal = {10, 11, 12, 5, 8, 46, 8};
    static const std::vector<int> noRunningRental = {10, 11, 12, 0, 8, 46, 8};
    // Years of history: nearly everything is closed, a few are still open.
    static const std::vector<int> longHistory = {1, 2, 2, 0, 2, 87, 6};
    switch (profile) {
    case Profile::Normal: return Status(m_rng.weighted(normal));
    case Profile::NoRunningRental: return Status(m_rng.weighted(noRunningRental));
    case Profile::LongHistory: return Status(m_rng.weighted(longHistory));
    }
    return Status::Closed;
}

TxPlan Generator::plan(Status status, qint64 customerCreated)
{
    const qint64 createdDay = Clock::dayOf(customerCreated);
    TxPlan p;
    p.status = status;
    static const std::vector<int> themeWeights = {40, 30, 15, 15};
    p.theme = int(m_rng.weighted(themeWeights));
    static const std::vector<int> lineWeights = {65, 27, 8};
    p.lines = 1 + int(m_rng.weighted(lineWeights));
    static const std::vector<int> dayWeights = {35, 20, 15, 8, 6, 4, 4, 3, 2, 3};
    const qint64 days = 1 + qint64(m_rng.weighted(dayWeights)) + (m_rng.chance(50) ? 7 : 0);

    // A past transaction needs room between the customer's first day and yesterday.
    const qint64 pastFrom = createdDay;
    if ((status == Status::Closed && pastFrom > -days - 1) ||
        (status == Status::Returned && pastFrom > -days - 1))
        status = p.status = Status::Booking;
    if (status == Status::Cancelled && m_rng.chance(500) && pastFrom <= -days - 1)
        status = Status::Closed; // a past one, cancelled: dated like a closed one

    qint64 startDay = 0, dueDay = 0;
    switch (status) {
    case Status::Closed:
        startDay = m_rng.between(pastFrom, -days - 1);
        dueDay = startDay + days;
        break;
    case Status::Returned:
        startDay = m_rng.between(std::max(pastFrom, -45 - days), -days - 1);
        dueDay = startDay + days;
        break;
    case Status::HandedOut:
        if (m_rng.chance(150)) { // overdue
            dueDay = m_rng.between(-5, -1);
            startDay = std::max(createdDay, dueDay - days);
            if (startDay >= dueDay)
                dueDay = startDay + days;
        } else {
            startDay = m_rng.between(std::max<qint64>(createdDay, -7), 0);
            dueDay = std::max<qint64>(startDay + days, 0);
        }
        break;
    default: // request, reservation, booking, cancelled (future)
        startDay = m_rng.between(1, 120);
        dueDay = startDay + days;
        break;
    }
    p.status = p.status == Status::Cancelled ? Status::Cancelled : status;
    p.start = Clock::at(startDay, int(m_rng.between(8, 11)), int(m_rng.below(4)) * 15);
    if (p.status == Status::HandedOut && startDay == 0)
        p.start = std::min(p.start, m_now - 30);
    p.due = Clock::at(dueDay, int(m_rng.between(17, 18)), m_rng.chance(300) ? 30 : 0);
    // Not before the customer existed (same day, earlier hour).
    if (p.start < customerCreated + 30) {
        p.start = customerCreated + 30;
        if (p.due < p.start + 120)
            p.due = Clock::at(Clock::dayOf(p.start) + days, 18, 0);
    }
    switch (p.status) {
    case Status::Request: p.kind = QStringLiteral("request"); break;
    case Status::Reservation: p.kind = QStringLiteral("reservation"); break;
    case Status::Booking: p.kind = QStringLiteral("booking"); break;
    case Status::Cancelled: {
        static const char *kinds[] = {"request", "reservation", "booking"};
        p.kind = QString::fromLatin1(kinds[m_rng.below(3)]);
        break;
    }
    default: p.kind = QStringLiteral("rental"); break;
    }
    return p;
}

// Money is appended rows: what is due is a charge; money received is a payment on it; a
// cancelled charge gets a correcting charge. The ids of the rows a charge brings along are
// name-based on the charge's, so the random sequence (and so the rest of the data) stays as it
// was before money was split into charges and payments.
void Generator::payment(const QString &customerId, const QString &txId, const QVariant &lineId,
                        const QString &description, qint64 amount, qint64 dueDay, bool paid,
                        qint64 paidAt, const QString &method, bool cancelled)
{
    const QString chargeId = m_rng.uuid();
    const QString createdAt = m_clock.utc(std::min(m_now - 1, Clock::at(dueDay - 14, 12, 0)));
    // What the charge is for, from its description (a return finds a line's rent by it).
    const QString kind = description.startsWith(u8("Miete"))        ? QStringLiteral("rent")
                         : description.startsWith(u8("Verspätung")) ? QStringLiteral("late_fee")
                         : description.startsWith(u8("Schaden"))    ? QStringLiteral("damage")
                                                                    : QStringLiteral("other");
    insert(m_chargeQ, {chargeId, customerId, orNull(txId), lineId, description, amount, m_null,
                       m_clock.date(dueDay), createdAt, kind});
    if (cancelled)
        insert(m_chargeQ,
               {naturalId(QStringLiteral("charge"), {chargeId, QStringLiteral("cancel")}),
                customerId, orNull(txId), lineId, u8("storniert"), -amount, chargeId,
                m_clock.date(dueDay), createdAt, kind});
    else if (paid)
        insert(m_paymentQ, {naturalId(QStringLiteral("payment"), {chargeId}), customerId,
                            orNull(txId), chargeId, amount, method, m_clock.utc(paidAt)});
}

void Generator::document(const QString &customerId, const QVariant &damageCaseId, FileKind kind,
                         const QString &fileName, const QString &note, qint64 at)
{
    const DemoFile &f = m_files[kind];
    const QString id = m_rng.uuid();
    // Who added it: one of the staff, chosen by the id (no draw, so the rest stays the same).
    const QString addedBy = m_staff[size_t(id.back().unicode()) % m_staff.size()];
    insert(m_documentQ, {id, customerId, damageCaseId, fileName, f.mimeType, qint64(f.bytes.size()),
                         f.sha256, note, m_clock.utc(at), addedBy});
    m_customerDocs.push_back(id);
}

void Generator::damageCase(const QString &customerId, const QString &txId,
                           const RentalObject &object, qint64 returnedAt)
{
    const qint64 day = Clock::dayOf(returnedAt);
    const int theme = articleDefs()[size_t(object.article)].theme;
    const QString caseId = m_rng.uuid();
    QString status;
    if (day < -45)
        status = m_rng.chance(500) ? QStringLiteral("charged") : QStringLiteral("closed");
    else
        status = m_rng.chance(500) ? QStringLiteral("open") : QStringLiteral("repaired");
    const auto &descriptions = kDamages[size_t(theme)];
    const QString first = u8(descriptions[size_t(m_rng.below(qint64(descriptions.size())))]);
    insert(m_caseQ, {caseId, customerId, txId, object.id, m_clock.date(day), status,
                     first + u8(" bei Rückgabe festgestellt")});
    const int count = 1 + int(m_rng.below(2));
    qint64 cost = 0;
    for (int i = 0; i < count; ++i) {
        const qint64 c = m_rng.between(15, 250) * 100;
        cost += c;
        insert(m_damageQ,
               {m_rng.uuid(), caseId,
                i == 0 ? first : u8(descriptions[size_t(m_rng.below(qint64(descriptions.size())))]),
                c});
    }
    if (status == QLatin1String("charged")) {
        const bool paid = day < -120 || m_rng.chance(500);
        payment(customerId, txId, m_null, u8("Schadensersatz %1").arg(object.barcode), cost,
                day + 14, paid, returnedAt + 3 * kMinutesPerDay, QStringLiteral("transfer"));
    }
    if (m_rng.chance(500))
        document(customerId, caseId, PhotoPng, u8("Schadensfoto %1.png").arg(object.barcode), first,
                 returnedAt + 5);
}

void Generator::transaction(const TxPlan &planned, const QString &customerId,
                            qint64 customerCreated, int discount, int groupIndex)
{
    TxPlan p = planned;
    const auto &defs = articleDefs();

    // Objects first: a running rental needs objects nobody else has.
    std::vector<int> objects;
    for (int i = 0; i < p.lines; ++i) {
        int o = -1;
        if (p.status == Status::HandedOut) {
            o = takeLendable(p.theme, i == 0 ? p.preferredArticle : -1);
            if (o < 0) { // every object is out: this one stays a booking
                p.status = Status::Booking;
                p.kind = QStringLiteral("booking");
                const qint64 days =
                    std::max<qint64>(1, Clock::dayOf(p.due) - Clock::dayOf(p.start));
                p.start = Clock::at(m_rng.between(1, 60), 9, 0);
                p.due = Clock::at(Clock::dayOf(p.start) + days, 18, 0);
            }
        }
        if (o < 0) {
            const auto &pool = m_themeObjects[size_t(p.theme)];
            o = pool[size_t(m_rng.below(qint64(pool.size())))];
            if (i == 0 && p.preferredArticle >= 0) {
                for (int candidate : pool)
                    if (m_objects[size_t(candidate)].article == p.preferredArticle) {
                        o = candidate;
                        break;
                    }
            }
        }
        objects.push_back(o);
    }

    const qint64 startDay = Clock::dayOf(p.start), dueDay = Clock::dayOf(p.due);
    const qint64 days = std::max<qint64>(1, dueDay - startDay);
    const bool current = startDay >= m_currentFromDay;
    const QString priceList = current ? m_priceListCurrent : m_priceListOld;
    qint64 created = p.start - m_rng.between(0, 20) * kMinutesPerDay - m_rng.between(10, 600);
    if (p.status == Status::Request || p.status == Status::Reservation ||
        p.status == Status::Booking || p.status == Status::Cancelled)
        created = std::min(created, m_now - m_rng.between(30, 60 * 24 * 30));
    created = std::max(created, customerCreated + 5);
    created = std::min(created, m_now - 1);
    const int year = m_clock.year(Clock::dayOf(created));
    const QString txId = m_rng.uuid();
    const QString number =
        QStringLiteral("V-%1-%2").arg(year).arg(++m_txNumbers[year], 6, 10, QLatin1Char('0'));

    std::vector<LineRec> lines;
    qint64 total = 0;
    for (int o : objects) {
        const ArticleDef &a = defs[size_t(m_objects[size_t(o)].article)];
        const qint64 perDay = current ? a.perDay : qint64(a.perDay) * 85 / 100 / 50 * 50;
        LineRec l;
        l.id = m_rng.uuid();
        l.object = o;
        l.price = perDay * days * (100 - discount) / 100;
        total += l.price;
        lines.push_back(l);
    }
    const bool pastStatus = p.status == Status::Returned || p.status == Status::Closed;
    insert(m_txQ, {txId, number, customerId, p.kind, statusText(p.status), m_clock.utc(p.start),
                   m_clock.utc(p.due), m_rng.chance(40) ? u8(m_rng.pick(kTxNotes)) : QString(),
                   m_clock.utc(created)});

    // Returns: everything for returned and closed; now and then a part of a running rental.
    const QString method = groupIndex >= 1
                               ? QStringLiteral("invoice")
                               : QString::fromLatin1(std::array{"cash", "card", "card", "paypal",
                                                                "invoice"}[size_t(m_rng.below(5))]);
    for (size_t i = 0; i < lines.size(); ++i) {
        LineRec &l = lines[i];
        const RentalObject &object = m_objects[size_t(l.object)];
        if (pastStatus) {
            l.returned = true;
            if (m_rng.chance(120))
                l.returnedAt = p.due + m_rng.between(1, 3) * kMinutesPerDay + m_rng.between(0, 120);
            else
                l.returnedAt = p.due - m_rng.between(0, 9 * 60);
        } else if (p.status == Status::HandedOut && i == 0 && lines.size() > 1 &&
                   m_rng.chance(250)) {
            l.returned = true;
            l.returnedAt = p.start + m_rng.between(60, 3 * 24 * 60);
        }
        if (l.returned) {
            l.returnedAt = std::clamp(l.returnedAt, p.start + 30, m_now - 10);
        }
        insert(m_lineQ, {l.id, txId, object.id, m_articleIds[size_t(object.article)], priceList, 1,
                         m_clock.utc(p.start), m_clock.utc(p.due), l.price,
                         m_rng.chance(60) ? u8(m_rng.pick(kLineNotes)) : QString(),
                         l.returned ? QVariant(m_clock.utc(l.returnedAt)) : m_null});
        if (!l.returned)
            continue;
        const qint64 late = l.returnedAt - p.due;
        qint64 lateFee = 0;
        if (late > 60) {
            const ArticleDef &a = defs[size_t(object.article)];
            const qint64 perDay = current ? a.lateFee : qint64(a.lateFee) * 85 / 100 / 50 * 50;
            lateFee = perDay * ((late + kMinutesPerDay - 1) / kMinutesPerDay);
        }
        const qint64 roll = m_rng.below(1000);
        const QString condition = roll < 30    ? QStringLiteral("damaged")
                                  : roll < 150 ? QStringLiteral("dirty")
                                               : QStringLiteral("good");
        insert(m_returnQ,
               {m_rng.uuid(), l.id, m_clock.utc(l.returnedAt), condition, lateFee, staff(),
                condition == QLatin1String("dirty") ? u8("grob verschmutzt") : QString()});
        if (lateFee > 0) {
            const bool paid = p.status == Status::Closed || m_rng.chance(300);
            payment(customerId, txId, l.id, u8("Verspätungsgebühr %1").arg(object.barcode), lateFee,
                    Clock::dayOf(l.returnedAt) + 14, paid, l.returnedAt, QStringLiteral("card"));
        }
        if (condition == QLatin1String("damaged"))
            damageCase(customerId, txId, object, l.returnedAt);
    }

    // Payments of the rent itself.
    const QString rent = u8("Miete %1").arg(number);
    switch (p.status) {
    case Status::Closed:
        payment(customerId, txId, m_null, rent, total, dueDay, true,
                m_rng.chance(500) ? p.start : p.due, method);
        break;
    case Status::Returned: {
        const bool open = p.openPayment || m_rng.chance(650);
        const qint64 back = lines.empty() ? p.due : lines.back().returnedAt;
        payment(customerId, txId, m_null, u8("Rechnung %1").arg(number), total,
                Clock::dayOf(back) + 14, !open, back, method);
        break;
    }
    case Status::HandedOut: {
        const bool open = p.openPayment || m_rng.chance(450);
        payment(customerId, txId, m_null, rent, total, open ? dueDay : startDay, !open, p.start,
                method);
        break;
    }
    case Status::Booking: {
        const qint64 roll = m_rng.below(100);
        const qint64 deposit = std::max<qint64>(100, total * 30 / 100 / 100 * 100);
        if (roll < 40 || p.openPayment)
            payment(customerId, txId, m_null, u8("Anzahlung %1").arg(number), deposit, startDay - 7,
                    roll < 40 && !p.openPayment, std::min(created + 60, m_now - 1),
                    QStringLiteral("transfer"));
        else if (roll < 65)
            payment(customerId, txId, m_null, u8("Anzahlung %1").arg(number), deposit, startDay - 7,
                    false, 0, QStringLiteral("transfer"));
        break;
    }
    case Status::Cancelled:
        if (m_rng.chance(150))
            payment(customerId, txId, m_null, u8("Anzahlung %1").arg(number),
                    std::max<qint64>(100, total * 30 / 100 / 100 * 100), startDay - 7, false, 0,
                    QStringLiteral("transfer"), true);
        break;
    default: break;
    }

    if ((p.status == Status::HandedOut || p.status == Status::Closed) && m_rng.chance(20))
        document(customerId, m_null, ContractPdf, u8("Mietvertrag %1.pdf").arg(number),
                 u8("unterschrieben"), std::max(p.start, customerCreated + 1));
    m_customerTx.push_back({txId, p.status, p.start, total});
}

void Generator::customer(qint64 seq)
{
    const bool longHistory = seq == 1;
    Person p = person(seq);
    const QString id = m_rng.uuid();
    const QString number = QStringLiteral("K-%1").arg(10000 + seq);
    const qint64 n = m_options.customers;
    // Numbers grow with time: the first customer is eight years old, the last one from yesterday.
    const qint64 createdDay =
        longHistory
            ? -kHistoryDays
            : std::min<qint64>(-1, -kHistoryDays +
                                       (seq - 1) * (kHistoryDays - 1) / std::max<qint64>(1, n - 1) +
                                       m_rng.below(3));
    const qint64 created = openingTime(createdDay, 8, 19);
    m_customerTx.clear();
    m_customerDocs.clear();

    // Where the customer came from: the online booking flow or the desk.
    const bool viaPortal = !p.email.isEmpty() && m_rng.chance(150) && !longHistory;
    const QVariant creator = viaPortal ? m_null : QVariant(staff());
    activity(id, created, creator, QStringLiteral("customer.created"), QString(), QString(),
             number);
    qint64 updated = created;
    const qint64 changeRoll = m_rng.below(100);
    const int changeCount = longHistory ? 45 : (changeRoll < 72 ? 0 : changeRoll < 92 ? 1 : 2);
    changes(id, p, created, changeCount, &updated);

    const QString groupId = p.group >= 0 ? m_groups[size_t(p.group)].id : QString();
    insert(m_customerQ, {seq,
                         id,
                         number,
                         p.first,
                         p.last,
                         p.company,
                         p.email,
                         p.phone,
                         p.street,
                         p.postcode,
                         p.city,
                         p.country,
                         orNull(p.birthDate),
                         orNull(groupId),
                         p.blocked ? 1 : 0,
                         p.blockedReason,
                         p.language,
                         p.note,
                         m_clock.utc(created),
                         m_clock.utc(updated),
                         nameKey(p.first, p.last, p.company)});
    insert(m_searchQ, {seq, searchDocument({number, p.first, p.last, p.company, p.email, p.phone,
                                            p.street, p.postcode, p.city})});
    for (const QString &gram : nameBigrams(p.first, p.last))
        insert(m_bigramQ, {gram, seq});
    writeHeldActivities();

    // Permissions of the customer's own, as the article's example: no reserving for one who
    // never turns reservations into bookings.
    if (p.blocked) {
        customerPermission(id, permissionKey(Permission::Book));
        customerPermission(id, permissionKey(Permission::Reserve));
    } else if (m_rng.chance(12)) {
        customerPermission(id, permissionKey(Permission::Reserve));
    } else if (p.group == 0 && m_rng.chance(30)) {
        customerPermission(id, permissionKey(Permission::RedeemVouchers));
    }

    // Accesses to the online booking flow.
    auto uniqueLogin = [&](const QString &mail) {
        QString login = mail;
        if (m_logins.count(login)) {
            const qsizetype at = mail.indexOf(QLatin1Char('@'));
            login =
                mail.left(at) + QStringLiteral("+k") + QString::number(10000 + seq) + mail.mid(at);
        }
        m_logins.insert(login);
        return login;
    };
    const bool invited = !p.email.isEmpty() && m_rng.chance(230);
    const int accesses = longHistory ? 2 : ((viaPortal || invited) ? 1 : 0);
    for (int i = 0; i < accesses; ++i) {
        const bool portal = longHistory ? i == 0 : viaPortal;
        const bool active = portal || m_rng.chance(550);
        const qint64 at = portal ? created : created + m_rng.between(2, 30);
        QString login = p.email;
        if (longHistory && i == 1)
            login = QStringLiteral("anna.mueller@example.com");
        insert(m_accessQ,
               {m_rng.uuid(), id, uniqueLogin(login),
                active ? QVariant(QStringLiteral("$argon2id$demo$not-a-password")) : m_null,
                active ? QStringLiteral("active") : QStringLiteral("invited"),
                portal ? QStringLiteral("portal") : QStringLiteral("invitation"), m_clock.utc(at),
                active ? QVariant(m_clock.utc(
                             std::min(m_now - 60, at + m_rng.between(1, 400) * kMinutesPerDay)))
                       : m_null});
    }

    // Transactions and everything that hangs on them.
    const qint64 createdDayReal = Clock::dayOf(created);
    if (longHistory) {
        struct Forced
        {
            Status status;
            int theme, lines;
            qint64 startDay, dueDay;
            int dueHour;
            const char *article;
            bool open;
        };
        const Forced forced[] = {
            {Status::HandedOut, Bike, 1, -3, 0, 18, "E-Bike Trekking", true}, // due today 18:00
            {Status::HandedOut, Tools, 1, -9, -2, 18, "Betonmischer 140 l", true}, // overdue
            {Status::HandedOut, Event, 2, -1, 6, 17, "Partyzelt 3 × 6 m", false},
            {Status::HandedOut, Winter, 1, -2, 3, 18, "Alpinski Allround", false},
            {Status::Request, Bike, 1, 20, 22, 18, nullptr, false},
            {Status::Reservation, Winter, 2, 45, 52, 18, nullptr, false},
            {Status::Booking, Event, 2, 12, 13, 18, nullptr, true},
            {Status::Returned, Bike, 2, -30, -27, 18, nullptr, true}, // invoice overdue
            {Status::Closed, Tools, 1, -100, -98, 18, nullptr, false},
            {Status::Cancelled, Bike, 1, 30, 33, 18, nullptr, false},
        };
        for (const Forced &f : forced) {
            TxPlan tp;
            tp.status = f.status;
            tp.kind = f.status == Status::Request       ? QStringLiteral("request")
                      : f.status == Status::Reservation ? QStringLiteral("reservation")
                      : (f.status == Status::Booking || f.status == Status::Cancelled)
                          ? QStringLiteral("booking")
                          : QStringLiteral("rental");
            tp.theme = f.theme;
            tp.lines = f.lines;
            tp.start = Clock::at(f.startDay, 9, 30);
            tp.due = Clock::at(f.dueDay, f.dueHour, 0);
            tp.openPayment = f.open;
            if (f.article) {
                const auto &defs = articleDefs();
                for (size_t a = 0; a < defs.size(); ++a)
                    if (qstrcmp(defs[a].name, f.article) == 0)
                        tp.preferredArticle = int(a);
            }
            transaction(tp, id, created, m_groups[0].discount, p.group);
        }
        for (int i = 0; i < 330; ++i)
            transaction(plan(randomStatus(Profile::LongHistory), created), id, created,
                        m_groups[0].discount, p.group);
    } else {
        static const std::vector<int> counts = {25, 37, 22, 10, 4, 1, 1};
        const int count = int(m_rng.weighted(counts));
        const int discount = p.group >= 0 ? m_groups[size_t(p.group)].discount : 0;
        for (int i = 0; i < count; ++i)
            transaction(
                plan(randomStatus(p.blocked && i > 0 ? Profile::NoRunningRental : Profile::Normal),
                     created),
                id, created, discount, p.group);
    }

    // Vouchers, some of them partly redeemed on later transactions.
    const int vouchers = longHistory ? 3 : (m_rng.chance(40) ? 1 : 0);
    for (int v = 0; v < vouchers; ++v) {
        static const std::vector<qint64> values = {2000, 2500, 5000, 5000, 10000, 15000};
        const qint64 value = m_rng.pick(values);
        const qint64 day = longHistory ? std::array<qint64, 3>{-1500, -200, -20}[size_t(v)]
                                       : m_rng.between(createdDayReal, -1);
        const qint64 at = std::max(created + 1, openingTime(day));
        static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        QString code = QStringLiteral("GS-");
        for (int c = 0; c < 4; ++c)
            code += QLatin1Char(alphabet[m_rng.below(32)]);
        code += QStringLiteral("-%1").arg(++m_voucherNumber, 5, 10, QLatin1Char('0'));
        const QString voucherId = m_rng.uuid();
        qint64 remaining = value;
        std::vector<std::pair<const TxRec *, qint64>> redemptions;
        for (const TxRec &t : m_customerTx) {
            if (redemptions.size() >= 2 || remaining == 0)
                break;
            if (longHistory && v == 2)
                break; // the newest one is still whole
            if ((t.status == Status::Closed || t.status == Status::Returned) && t.start > at &&
                t.total > 0 && m_rng.chance(longHistory ? 300 : 600)) {
                const qint64 part = value * m_rng.between(2, 6) / 10;
                const qint64 amount = std::min({remaining, part, t.total});
                remaining -= amount;
                redemptions.emplace_back(&t, amount);
            }
        }
        const bool expires = !m_rng.chance(100);
        insert(m_voucherQ,
               {voucherId, code, id, value,
                expires ? QVariant(m_clock.date(day + 3 * 365)) : m_null, m_clock.utc(at)});
        for (const auto &[t, amount] : redemptions)
            insert(m_redemptionQ, {m_rng.uuid(), voucherId, t->id, amount, m_clock.utc(t->start)});
    }

    // Documents of the card itself.
    if (longHistory) {
        document(id, m_null, PhotoPng, u8("Ausweiskopie.png"), u8("Vorderseite"), created + 5);
        document(id, m_null, TermsText, u8("Mietbedingungen.txt"), u8("unterschrieben"),
                 created + 6);
        document(id, m_null, ContractPdf, u8("Rahmenvertrag E-Bikes.pdf"), QString(),
                 Clock::at(-400, 11, 0));
        document(id, m_null, ListCsv, u8("Teilnehmerliste Radtour.csv"), u8("Firmenausflug"),
                 Clock::at(-35, 15, 20));
    } else {
        if (m_rng.chance(25))
            document(id, m_null, PhotoPng, u8("Ausweiskopie.png"), u8("Vorderseite"), created + 5);
        if (m_rng.chance(10))
            document(id, m_null, TermsText, u8("Mietbedingungen.txt"), u8("unterschrieben"),
                     created + 6);
        if (p.group == 1 && m_rng.chance(300))
            document(id, m_null, ListCsv, u8("Teilnehmerliste.csv"), QString(),
                     std::max(created + 7, openingTime(m_rng.between(createdDayReal, -1))));
    }

    // Messages sent to the customer.
    const int messages = p.email.isEmpty() ? 0 : (longHistory ? 6 : (m_rng.chance(30) ? 1 : 0));
    for (int m = 0; m < messages; ++m) {
        const QString messageId = m_rng.uuid();
        QString subject, body;
        const QString greeting =
            p.last.isEmpty() ? u8("Guten Tag,") : u8("Guten Tag %1 %2,").arg(p.first, p.last);
        const TxRec *tx = m_customerTx.empty()
                              ? nullptr
                              : &m_customerTx[size_t(m_rng.below(qint64(m_customerTx.size())))];
        if (tx) {
            subject = u8("Ihr Vorgang vom %1")
                          .arg(m_clock.today()
                                   .addDays(Clock::dayOf(tx->start))
                                   .toString(QStringLiteral("dd.MM.yyyy")));
            body = greeting + u8("\n\nanbei die Unterlagen zu Ihrem Vorgang. Bei Fragen "
                                 "erreichen Sie uns zu den Öffnungszeiten.\n\nViele Grüße\n"
                                 "Ihr Verleih-Team");
        } else {
            subject = u8("Willkommen bei unserem Verleih");
            body = greeting + u8("\n\nschön, dass Sie da sind! Über das Kundenportal können Sie "
                                 "jederzeit reservieren.\n\nViele Grüße\nIhr Verleih-Team");
        }
        const qint64 at = std::max(created + 10, openingTime(m_rng.between(createdDayReal, 0)));
        const qint64 roll = m_rng.below(100);
        const QString status = roll < 85   ? QStringLiteral("sent")
                               : roll < 92 ? QStringLiteral("failed")
                               : roll < 96 ? QStringLiteral("queued")
                                           : QStringLiteral("draft");
        insert(m_messageQ,
               {messageId, id, p.email, subject, body, m_clock.utc(at),
                status == QLatin1String("sent") ? QVariant(m_clock.utc(at + 1)) : m_null, status});
        if (!m_customerDocs.empty() && m_rng.chance(400)) {
            const QString document =
                m_customerDocs[size_t(m_rng.below(qint64(m_customerDocs.size())))];
            insert(m_attachmentQ,
                   {naturalId(QStringLiteral("message_attachment"), {messageId, document}),
                    messageId, document});
        }
    }
}

bool Generator::run(QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (m_options.customers < 1)
        return fail(DemoData::tr("The number of demo customers must be at least 1."));
    if (!m_options.today.isValid())
        return fail(DemoData::tr("The day of the demo data is not a valid date."));
    if (!m_store.isOpen())
        return fail(DemoData::tr("The store is not open."));
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM customers")) || !q.next())
            return fail(DemoData::tr("Cannot read the store: %1").arg(q.lastError().text()));
        if (q.value(0).toLongLong() > 0)
            return fail(DemoData::tr("The store already holds %n customer(s); demo data is "
                                     "only added to an empty store.",
                                     nullptr,
                                     int(std::min<qint64>(q.value(0).toLongLong(), INT_MAX))));
    }
    m_now = Clock::at(0, 10, 0);
    if (!writeFiles())
        return fail(m_error);

    // Bulk mode: nobody else writes while the demo is made, and a crash leaves a file that is
    // thrown away anyway. Foreign keys stay on: every row the demo writes is one the write path
    // could have written.
    QSqlQuery pragma(m_db);
    for (const char *sql : {"PRAGMA synchronous = OFF", "PRAGMA cache_size = -262144"})
        pragma.exec(QString::fromLatin1(sql));
    struct Restore
    {
        QSqlDatabase db;
        ~Restore()
        {
            QSqlQuery q(db);
            for (const char *sql : {"PRAGMA synchronous = NORMAL", "PRAGMA cache_size = -2000"})
                q.exec(QString::fromLatin1(sql));
        }
    } restore{m_db};

    m_customerQ = prepare(
        "INSERT INTO customers(seq, id, number, first_name, last_name, company, email, phone, "
        "street, postcode, city, country, birth_date, group_id, blocked, blocked_reason, "
        "language, note, created_at, updated_at, name_fold) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_searchQ = prepare("INSERT INTO customer_search(rowid, doc) VALUES (?, ?)");
    m_bigramQ = prepare("INSERT OR IGNORE INTO customer_bigrams(gram, customer_seq) VALUES (?, ?)");
    m_permissionQ = prepare(
        "INSERT INTO customer_permissions(id, customer_id, permission, allowed) VALUES (?, ?, ?, "
        "?)");
    m_txQ = prepare("INSERT INTO transactions(id, number, customer_id, kind, status, start_at, "
                    "end_at, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_lineQ = prepare("INSERT INTO transaction_lines(id, transaction_id, rental_object_id, "
                      "article_id, price_list_id, quantity, start_at, due_at, price_minor, note, "
                      "returned_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_returnQ = prepare("INSERT INTO returns(id, line_id, returned_at, condition, late_fee_minor, "
                        "staff_id, note) VALUES (?, ?, ?, ?, ?, ?, ?)");
    m_chargeQ = prepare("INSERT INTO charges(id, customer_id, transaction_id, line_id, "
                        "description, amount_minor, corrects_id, due_on, created_at, kind) VALUES "
                        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_paymentQ = prepare("INSERT INTO payments(id, customer_id, transaction_id, charge_id, "
                         "amount_minor, method, paid_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    m_voucherQ = prepare("INSERT INTO vouchers(id, code, customer_id, value_minor, expires_on, "
                         "created_at) VALUES (?, ?, ?, ?, ?, ?)");
    m_redemptionQ = prepare("INSERT INTO voucher_redemptions(id, voucher_id, transaction_id, "
                            "amount_minor, redeemed_at) VALUES (?, ?, ?, ?, ?)");
    m_caseQ = prepare("INSERT INTO damage_cases(id, customer_id, transaction_id, "
                      "rental_object_id, opened_on, status, description) VALUES (?, ?, ?, ?, ?, "
                      "?, ?)");
    m_damageQ =
        prepare("INSERT INTO damages(id, case_id, description, cost_minor) VALUES (?, ?, ?, ?)");
    m_accessQ = prepare("INSERT INTO accesses(id, customer_id, login, password_hash, state, "
                        "created_via, created_at, last_login_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    m_documentQ = prepare("INSERT INTO documents(id, customer_id, damage_case_id, file_name, "
                          "mime_type, size_bytes, sha256, note, created_at, added_by) VALUES (?, "
                          "?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_messageQ = prepare("INSERT INTO messages(id, customer_id, to_address, subject, body, "
                         "created_at, sent_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    m_attachmentQ =
        prepare("INSERT INTO message_attachments(id, message_id, document_id) VALUES (?, ?, ?)");
    m_activityQ = prepare("INSERT INTO activities(id, customer_id, at, staff_id, action, field, "
                          "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (m_failed)
        return fail(m_error);

    // Secondary indexes are dropped for the fill and made again at the end: building an index
    // from sorted data is much faster than millions of inserts at random places. Their SQL is
    // read from the file, so they come back exactly as the schema made them.
    QList<QPair<QString, QString>> indexes; // name, sql
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                   "sql IS NOT NULL AND tbl_name NOT IN ('number_blocks', "
                                   "'sync_outbox', 'sync_state', 'settings', "
                                   "'sync_pending_fields', 'change_log') ORDER BY name")))
            return fail(DemoData::tr("Cannot read the store: %1").arg(q.lastError().text()));
        while (q.next())
            indexes.append({q.value(0).toString(), q.value(1).toString()});
    }
    bool indexesDropped = false;
    auto recreateIndexes = [&] {
        QSqlQuery q(m_db);
        for (const auto &[name, sql] : std::as_const(indexes)) {
            if (!q.exec(sql) && !m_failed) {
                m_failed = true;
                m_error = DemoData::tr("Cannot make the index %1 again: %2")
                              .arg(name, q.lastError().text());
            }
        }
    };
    auto rollback = [&] {
        m_db.rollback();
        if (indexesDropped) // committed batches dropped them: put them back, best effort
            recreateIndexes();
        return fail(m_error);
    };

    if (!m_db.transaction())
        return fail(DemoData::tr("The store is busy: %1").arg(m_db.lastError().text()));
    // Exactly the demo customers' numbers: customers made at the desk afterwards get numbers of
    // a block the server leases, or provisional desk numbers, never demo numbers that another
    // demo desk gives too. Inside the first transaction, so a failed fill leaves no block.
    const qint64 firstNumber = 10001;
    const qint64 lastNumber = 10000 + m_options.customers;
    if (!m_store.addNumberBlock(firstNumber, lastNumber, QStringLiteral("demo"))) {
        m_error = DemoData::tr("Cannot reserve the customer numbers K-%1 to K-%2 for the demo "
                               "data; the desk may hold a number block that overlaps them.")
                      .arg(firstNumber)
                      .arg(lastNumber);
        return rollback();
    }
    referenceData();
    for (const auto &index : std::as_const(indexes)) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("DROP INDEX \"%1\"").arg(index.first)) && !m_failed) {
            m_failed = true;
            m_error = q.lastError().text();
        }
    }
    if (m_failed)
        return rollback();

    qint64 seq = 1;
    while (seq <= m_options.customers) {
        const qint64 end = std::min(m_options.customers, seq + kCustomersPerTransaction - 1);
        for (; seq <= end; ++seq) {
            customer(seq);
            if (m_failed)
                return rollback();
        }
        if (seq > m_options.customers) {
            // Objects out on a running rental are rented; later desk numbers follow the demo's.
            execute("UPDATE rental_objects SET state = 'rented' WHERE id IN (SELECT "
                    "l.rental_object_id FROM transaction_lines l JOIN transactions t ON t.id = "
                    "l.transaction_id WHERE t.status = 'handed_out' AND l.returned_at IS NULL)");
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("UPDATE number_blocks SET next_number = ?, leased_at = ? "
                                     "WHERE first_number = ?"));
            q.addBindValue(firstNumber + m_options.customers);
            q.addBindValue(m_clock.utc(Clock::at(-kHistoryDays - 1, 9, 0)));
            q.addBindValue(firstNumber);
            if (!q.exec() && !m_failed) {
                m_failed = true;
                m_error = q.lastError().text();
            }
            recreateIndexes();
            // When each customer was last active, for the ranking of search matches.
            execute("INSERT INTO customer_recency(customer_seq, last_at) SELECT c.seq, m.last_at "
                    "FROM (SELECT customer_id, max(at) AS last_at FROM activities GROUP BY "
                    "customer_id) m JOIN customers c ON c.id = m.customer_id");
            if (m_failed)
                return rollback();
        }
        if (!m_db.commit()) {
            m_error = DemoData::tr("Cannot commit the demo data: %1").arg(m_db.lastError().text());
            return rollback();
        }
        indexesDropped = seq <= m_options.customers;
        if (m_options.progress)
            m_options.progress(seq - 1, m_options.customers);
        if (seq <= m_options.customers && !m_db.transaction()) {
            m_error = DemoData::tr("The store is busy: %1").arg(m_db.lastError().text());
            return rollback();
        }
    }
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return true;
}

} // namespace

bool DemoData::fill(Store &store, const DemoOptions &options, QString *error)
{
    Generator generator(store, options);
    return generator.run(error) && DemoCounter::run(store, options, error);
}

QString DemoData::longHistoryCustomerNumber()
{
    return QStringLiteral("K-10001");
}

QList<DemoStaff> DemoData::staff()
{
    return {
        {QStringLiteral("Jana Schäfer"), QStringLiteral("jschaefer"), QStringLiteral("1234"),
         StaffRole::Manager},
        {QStringLiteral("Mehmet Öztürk"), QStringLiteral("moeztuerk"), QStringLiteral("2345"),
         StaffRole::Counter},
        {QStringLiteral("Lukas Weiß"), QStringLiteral("lweiss"), QStringLiteral("3456"),
         StaffRole::Counter},
    };
}

} // namespace rentdesk
