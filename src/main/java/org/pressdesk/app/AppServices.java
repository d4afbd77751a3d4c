package org.pressdesk.app;

import java.time.Clock;
import java.time.Duration;
import org.pressdesk.account.AccountService;
import org.pressdesk.account.PasswordHasher;
import org.pressdesk.account.Sleeper;
import org.pressdesk.archive.ArchiveImportService;
import org.pressdesk.archive.ArchiveReader;
import org.pressdesk.archive.CommuniqueUnderstanding;
import org.pressdesk.archive.NewOffices;
import org.pressdesk.archive.SuggestedTag;
import org.pressdesk.archive.TagSuggestions;
import org.pressdesk.audit.AuditLog;
import org.pressdesk.audit.AuditTrail;
import org.pressdesk.audit.AuditVerifier;
import org.pressdesk.demo.DemoSeeder;
import org.pressdesk.drafting.AutosaveService;
import org.pressdesk.drafting.CommuniqueService;
import org.pressdesk.drafting.OfficeService;
import org.pressdesk.exchange.ConflictService;
import org.pressdesk.exchange.ExportService;
import org.pressdesk.exchange.ImportService;
import org.pressdesk.exchange.InstallationService;
import org.pressdesk.pdf.CommuniquePdfWriter;
import org.pressdesk.pdf.PdfContentFactory;
import org.pressdesk.pdf.PdfExportService;
import org.pressdesk.pdf.PdfVerifier;
import org.pressdesk.search.SearchService;
import org.pressdesk.signing.CertificateService;
import org.pressdesk.store.ArchiveRepository;
import org.pressdesk.store.AuditRepository;
import org.pressdesk.store.AutosaveRepository;
import org.pressdesk.store.CertificateRepository;
import org.pressdesk.store.CommuniqueRepository;
import org.pressdesk.store.DataDirectory;
import org.pressdesk.store.Database;
import org.pressdesk.store.ExchangeDataRepository;
import org.pressdesk.store.ExchangeRepository;
import org.pressdesk.store.ImportRepository;
import org.pressdesk.store.LocalPreferences;
import org.pressdesk.store.OfficeRepository;
import org.pressdesk.store.RevisionRepository;
import org.pressdesk.store.SearchFeedRepository;
import org.pressdesk.store.SettingsRepository;
import org.pressdesk.store.TagLinkRepository;
import org.pressdesk.store.TagRepository;
import org.pressdesk.store.UserRepository;
import org.pressdesk.store.WorkflowRepository;
import org.pressdesk.tagging.OfficeVocabulary;
import org.pressdesk.tagging.TagService;
import org.pressdesk.tagging.TaggingService;
import org.pressdesk.workflow.ReviewService;

/**
 * The composition root: builds every service once, with its collaborators passed to its constructor. The window and
 * the command line are two front ends over the same instance.
 */
public final class AppServices implements AutoCloseable {
    /** How long a change waits for another PressDesk process to finish writing the search index. */
    private static final Duration INDEX_LOCK_WAIT = Duration.ofSeconds(20);

    private final DataDirectory dataDirectory;
    private final Database database;
    private final LocalPreferences preferences;
    private final AccountService accounts;
    private final OfficeService offices;
    private final CommuniqueService communiques;
    private final AutosaveService autosaves;
    private final AuditTrail audit;
    private final AuditVerifier auditVerifier;
    private final AuditLog auditLog;
    private final ReviewService reviews;
    private final PdfExportService pdfExport;
    private final CertificateService certificates;
    private final PdfVerifier pdfVerifier;
    private final DemoSeeder demo;
    private final TagService tags;
    private final TaggingService tagging;
    private final SearchService search;
    private final CommuniqueUnderstanding understanding;
    private final ArchiveImportService archiveImport;
    private final InstallationService installation;
    private final ExportService exchangeExport;
    private final ImportService exchangeImport;
    private final ConflictService conflicts;

    private AppServices(DataDirectory dataDirectory, Database database, Settings settings) {
        this.dataDirectory = dataDirectory;
        this.database = database;
        this.preferences = LocalPreferences.load(dataDirectory.path());
        Clock clock = settings.clock();
        SettingsRepository settingRows = new SettingsRepository(database);
        AuditRepository auditRows = new AuditRepository(database);
        CommuniqueRepository communiqueRows = new CommuniqueRepository(database);
        OfficeRepository officeRows = new OfficeRepository(database);
        this.audit = new AuditTrail(database, auditRows, settingRows, clock);
        this.auditVerifier = new AuditVerifier(auditRows, settingRows);
        this.auditLog = new AuditLog(auditRows);
        this.accounts = new AccountService(database, new UserRepository(database), settings.hasher(), audit, clock,
                settings.sleeper());
        this.offices = new OfficeService(database, officeRows, settingRows, audit, clock);
        TagRepository tagRows = new TagRepository(database);
        this.communiques = new CommuniqueService(database, communiqueRows, new RevisionRepository(database),
                officeRows, tagRows, audit, clock);
        this.autosaves = new AutosaveService(new AutosaveRepository(database), clock);
        this.reviews = new ReviewService(database, communiques, communiqueRows, new WorkflowRepository(database),
                settingRows, audit, clock);
        this.certificates = new CertificateService(database, new CertificateRepository(database), audit, clock,
                settings.keyStrength());
        this.pdfExport = new PdfExportService(communiques, reviews, offices, new CommuniquePdfWriter(),
                new PdfContentFactory("PressDesk " + Version.current()), certificates, audit, clock);
        this.pdfVerifier = new PdfVerifier(communiques, reviews, certificates);
        this.demo = new DemoSeeder(database, accounts, offices, communiques, reviews, certificates);
        TagLinkRepository linkRows = new TagLinkRepository(database);
        OfficeVocabulary vocabulary = new OfficeVocabulary(tagRows, settingRows, officeRows, clock);
        this.tags = new TagService(database, tagRows, linkRows, vocabulary, audit, clock);
        this.tagging = new TaggingService(database, communiqueRows, tagRows, linkRows, tags, vocabulary, clock);
        this.search = SearchService.open(dataDirectory.resolve("index"), INDEX_LOCK_WAIT,
                new SearchFeedRepository(database));
        database.addChangeListener(search);
        TagSuggestions tagSuggestions = (title, body) -> tagging.suggest(title, body).stream()
                .map(s -> new SuggestedTag(s.name(), s.kind(), s.evidence())).toList();
        this.understanding = new CommuniqueUnderstanding(offices, tagSuggestions, clock);
        this.archiveImport = new ArchiveImportService(database, new ArchiveReader(understanding,
                ArchiveReader.DEFAULT_MAX_BYTES), new ImportRepository(database), new NewOffices(offices),
                new ArchiveRepository(database),
                new TagRepository(database), audit, clock);
        ExchangeRepository exchangeRows = new ExchangeRepository(database);
        ExchangeDataRepository exchangeData = new ExchangeDataRepository(database);
        this.installation = new InstallationService(database, exchangeRows, audit, clock,
                settings.keyStrength().iterations());
        this.exchangeExport = new ExportService(database, exchangeRows, exchangeData, officeRows,
                new UserRepository(database), installation, audit, clock);
        this.exchangeImport = new ImportService(database, exchangeRows, exchangeData, communiqueRows,
                new RevisionRepository(database), officeRows, tagRows, installation, audit, clock);
        this.conflicts = new ConflictService(database, exchangeRows, communiqueRows, new RevisionRepository(database),
                officeRows, audit, clock);
    }

    /**
     * What differs between the real program and a test: the clock, the password work factor, the wait, and how
     * hard signing keys are to crack (tests use weaker keys to stay quick).
     */
    public record Settings(Clock clock, PasswordHasher hasher, Sleeper sleeper,
            CertificateService.Strength keyStrength) {

        public Settings(Clock clock, PasswordHasher hasher, Sleeper sleeper) {
            this(clock, hasher, sleeper, CertificateService.Strength.production());
        }

        public static Settings production() {
            return new Settings(Clock.systemUTC(), new PasswordHasher(), Sleeper.real());
        }
    }

    /** Opens the data directory's database (creating it on first use) and builds the services over it. */
    public static AppServices open(DataDirectory directory, Settings settings) {
        return new AppServices(directory, Database.open(directory), settings);
    }

    public DataDirectory dataDirectory() {
        return dataDirectory;
    }

    public Database database() {
        return database;
    }

    public LocalPreferences preferences() {
        return preferences;
    }

    public AccountService accounts() {
        return accounts;
    }

    public OfficeService offices() {
        return offices;
    }

    public CommuniqueService communiques() {
        return communiques;
    }

    public AutosaveService autosaves() {
        return autosaves;
    }

    public AuditTrail audit() {
        return audit;
    }

    public AuditVerifier auditVerifier() {
        return auditVerifier;
    }

    public ReviewService reviews() {
        return reviews;
    }

    public AuditLog auditLog() {
        return auditLog;
    }

    public PdfExportService pdfExport() {
        return pdfExport;
    }

    public CertificateService certificates() {
        return certificates;
    }

    public PdfVerifier pdfVerifier() {
        return pdfVerifier;
    }

    public DemoSeeder demo() {
        return demo;
    }

    public TagService tags() {
        return tags;
    }

    public TaggingService tagging() {
        return tagging;
    }

    public SearchService search() {
        return search;
    }

    /** What a communiqué's text says about itself; the editor may call it on pasted text. */
    public CommuniqueUnderstanding understanding() {
        return understanding;
    }

    public ArchiveImportService archiveImport() {
        return archiveImport;
    }

    /** This installation's exchange identity and its peers. */
    public InstallationService installation() {
        return installation;
    }

    public ExportService exchangeExport() {
        return exchangeExport;
    }

    public ImportService exchangeImport() {
        return exchangeImport;
    }

    /** Communiqués two installations changed apart, and their resolution. */
    public ConflictService conflicts() {
        return conflicts;
    }

    @Override
    public void close() {
        search.close();
        database.close();
    }
}
