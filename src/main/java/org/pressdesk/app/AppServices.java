package org.pressdesk.app;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.pressdesk.account.AccountService;
import org.pressdesk.account.KeySlotKeeper;
import org.pressdesk.account.PasswordHasher;
import org.pressdesk.account.SignInThrottle;
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
import org.pressdesk.domain.AuditAnchor;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.drafting.AutosaveService;
import org.pressdesk.drafting.CommuniqueService;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.local.LocalPreferences;
import org.pressdesk.office.OfficeService;
import org.pressdesk.exchange.ConflictService;
import org.pressdesk.exchange.ExportService;
import org.pressdesk.exchange.ImportService;
import org.pressdesk.exchange.InstallationService;
import org.pressdesk.office.SetupService;
import org.pressdesk.pdf.CommuniquePdfWriter;
import org.pressdesk.pdf.PdfContentFactory;
import org.pressdesk.publication.PdfExportService;
import org.pressdesk.publication.PdfVerifier;
import org.pressdesk.search.SearchService;
import org.pressdesk.signing.CertificateService;
import org.pressdesk.signing.ChainAnchors;
import org.pressdesk.store.ArchiveRepository;
import org.pressdesk.store.AnchorRepository;
import org.pressdesk.store.AuditRepository;
import org.pressdesk.store.AutosaveRepository;
import org.pressdesk.store.CertificateRepository;
import org.pressdesk.store.CommuniqueRepository;
import org.pressdesk.store.Database;
import org.pressdesk.store.ExchangeDataRepository;
import org.pressdesk.store.ExchangeRepository;
import org.pressdesk.store.ImportRepository;
import org.pressdesk.store.OfficeRepository;
import org.pressdesk.store.QueryRehearsal;
import org.pressdesk.store.ReferenceCounterRepository;
import org.pressdesk.store.RecordedFacts;
import org.pressdesk.store.RevisionRepository;
import org.pressdesk.store.SearchFeedRepository;
import org.pressdesk.store.SettingsRepository;
import org.pressdesk.store.SignInThrottleRepository;
import org.pressdesk.store.TagLinkRepository;
import org.pressdesk.store.TagRepository;
import org.pressdesk.store.UserRepository;
import org.pressdesk.store.WorkflowRepository;
import org.pressdesk.store.keys.KeySlots;
import org.pressdesk.store.keys.RecoveryKey;
import org.pressdesk.tagging.OfficeVocabulary;
import org.pressdesk.tagging.TagService;
import org.pressdesk.tagging.TagSuggester;
import org.pressdesk.tagging.TaggingService;
import org.pressdesk.workflow.ReferenceNumbering;
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
    private final SetupService setup;
    private final CommuniqueService communiques;
    private final AutosaveService autosaves;
    private final AuditTrail audit;
    private final AuditVerifier auditVerifier;
    private final AuditLog auditLog;
    private final ReviewService reviews;
    private final Lazy<CertificateService> certificates;
    private final Lazy<PdfExportService> pdfExport;
    private final Lazy<PdfVerifier> pdfVerifier;
    private final Lazy<DemoSeeder> demo;
    private final TagService tags;
    private final TaggingService tagging;
    private final Lazy<SearchService> search;
    private final CommuniqueUnderstanding understanding;
    private final ArchiveImportService archiveImport;
    private final InstallationService installation;
    private final Lazy<ExportService> exchangeExport;
    private final Lazy<ImportService> exchangeImport;
    private final ConflictService conflicts;
    private final Backups backups;
    private final BackupSchedule backupSchedule;
    private final ChangeLogUpkeep changeLogUpkeep;
    private final DailyPruning dailyPruning;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AppServices.class);

    private final SessionKeySlots keySlots;
    private final Lazy<ChainAnchors> anchors;

    private AppServices(DataDirectory dataDirectory, Database database, Settings settings) {
        this(dataDirectory, database, settings, null);
    }

    private AppServices(DataDirectory dataDirectory, Database database, Settings settings, SessionKeySlots keySlots) {
        this.keySlots = keySlots;
        this.dataDirectory = dataDirectory;
        this.database = database;
        this.preferences = LocalPreferences.load(dataDirectory.path());
        Clock clock = settings.clock();
        SettingsRepository settingRows = new SettingsRepository(database);
        AuditRepository auditRows = new AuditRepository(database);
        CommuniqueRepository communiqueRows = new CommuniqueRepository(database);
        OfficeRepository officeRows = new OfficeRepository(database);
        UserRepository userRows = new UserRepository(database);
        CertificateRepository certificateRows = new CertificateRepository(database);
        this.audit = new AuditTrail(database, auditRows, settingRows, clock);
        AnchorRepository anchorRows = new AnchorRepository(database);
        this.auditVerifier = new AuditVerifier(auditRows, settingRows, anchorRows, new RecordedFacts(database),
                this::anchorValid);
        this.auditLog = new AuditLog(auditRows);
        SignInThrottle throttle = new SignInThrottle(database, new SignInThrottleRepository(database), clock,
                SignInThrottle.Policy.standard());
        this.accounts = new AccountService(database, userRows, settings.hasher(), audit, clock,
                settings.sleeper(), throttle, keySlots == null ? KeySlotKeeper.none() : keySlots);
        this.offices = new OfficeService(database, officeRows, settingRows, audit, clock);
        this.setup = new SetupService(database, accounts, offices);
        TagLinkRepository linkRows = new TagLinkRepository(database);
        TagRepository tagRows = new TagRepository(database, linkRows);
        OfficeVocabulary vocabulary = new OfficeVocabulary(tagRows, settingRows, officeRows, clock);
        this.tags = new TagService(database, tagRows, linkRows, vocabulary, audit, clock);
        this.tagging = new TaggingService(database, communiqueRows, tagRows, linkRows, tags, vocabulary, clock);
        this.autosaves = new AutosaveService(new AutosaveRepository(database), clock);
        RevisionRepository revisionRows = new RevisionRepository(database);
        this.communiques = new CommuniqueService(database, communiqueRows, revisionRows, officeRows, tagRows, audit,
                clock, autosaves, tagging);
        this.reviews = new ReviewService(database, communiques, communiqueRows, new WorkflowRepository(database),
                settingRows, officeRows, certificateRows, new ReferenceNumbering(
                        new ReferenceCounterRepository(database), officeRows, communiqueRows), audit, clock,
                officeId -> anchorsIfSigning().ifPresent(built -> built.anchorIfUnlocked(officeId)));
        // Bouncy Castle (400 classes) loads with the signing keys, on first use
        this.certificates = new Lazy<>(() -> new CertificateService(database, certificateRows,
                audit, clock, settings.keyStrength()));
        this.anchors = new Lazy<>(() -> new ChainAnchors(database, audit, anchorRows, auditRows, certificates.get(),
                clock));
        // PDFBox (0.7 s of class loading in a cold JVM) and Lucene load on first use, or in the background while
        // the person signs in (DesktopApp): a command that needs neither never pays for them.
        this.pdfExport = new Lazy<>(() -> new PdfExportService(communiques, reviews, offices,
                new CommuniquePdfWriter(), new PdfContentFactory("PressDesk " + Version.current()),
                certificates.get(), audit, clock, anchors.get()));
        this.pdfVerifier = new Lazy<>(() -> new PdfVerifier(communiques, reviews, certificates.get(), anchors.get()));
        this.demo = new Lazy<>(() -> new DemoSeeder(database, accounts, offices, communiques, reviews,
                certificates.get()));
        SearchFeedRepository searchFeed = new SearchFeedRepository(database);
        this.search = new Lazy<>(() -> keySlots != null ? SearchService.inMemory(searchFeed)
                : SearchService.open(dataDirectory.resolve("index"), INDEX_LOCK_WAIT, searchFeed));
        // a commit opens the index if nothing did before, so that no change goes unindexed
        database.addChangeListener(ids -> search.unlessClosed().ifPresent(index -> index.committed(ids)));
        dataDirectory.tighten();
        TagSuggestions tagSuggestions = (title, body) -> tagging.suggest(title, body).stream()
                .map(s -> new SuggestedTag(s.name(), s.kind(), s.evidence())).toList();
        this.understanding = new CommuniqueUnderstanding(offices, tagSuggestions, clock);
        this.archiveImport = new ArchiveImportService(database, new ArchiveReader(understanding,
                ArchiveReader.DEFAULT_MAX_BYTES), new ImportRepository(database), new NewOffices(offices),
                new ArchiveRepository(database), tagRows, audit, clock);
        ExchangeRepository exchangeRows = new ExchangeRepository(database);
        ExchangeDataRepository exchangeData = new ExchangeDataRepository(database);
        this.installation = new InstallationService(database, exchangeRows, audit, clock,
                settings.keyStrength().iterations());
        // built on first use: their JSON mapper is most of a command's class loading (issue 14)
        this.exchangeExport = new Lazy<>(() -> new ExportService(database, exchangeRows, exchangeData, officeRows,
                userRows, installation, audit, clock, anchorRows));
        this.exchangeImport = new Lazy<>(() -> new ImportService(database, exchangeRows, exchangeData, communiqueRows,
                revisionRows, officeRows, tagRows, installation, audit, clock, anchorRows));
        this.conflicts = new ConflictService(database, exchangeRows, communiqueRows, revisionRows,
                officeRows, audit, clock);
        this.backups = new Backups(dataDirectory, database, settingRows, () -> search.get().awaitIndexed(),
                this::openCopy, Clock.systemUTC());
        this.backupSchedule = new BackupSchedule(backups, settingRows, database.server().isEmpty(),
                Clock.systemUTC());
        this.changeLogUpkeep = new ChangeLogUpkeep(database, new org.pressdesk.store.ChangeLogPruning(database),
                clock);
        this.dailyPruning = new DailyPruning(changeLogUpkeep);
    }

    /** Checks an anchor's signature, loading the signing code only when there is an anchor to check. */
    private boolean anchorValid(AuditAnchor anchor) {
        return anchors.get().valid(anchor);
    }

    /** The chain's anchoring, once signing keys were loaded: before that, no office key can be unlocked. */
    private Optional<ChainAnchors> anchorsIfSigning() {
        return certificates.ifBuilt() == null ? Optional.empty() : Optional.of(anchors.get());
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

    /**
     * Opens the data directory's database (creating it on first use, unencrypted) and builds the services over it. An
     * encrypted database needs a person's password: {@link #unlock}.
     */
    public static AppServices open(DataDirectory directory, Settings settings) {
        DatabaseEncryption.finishInterrupted(directory);
        if (Unlocking.isEncrypted(directory)) {
            throw new PressDeskException("database.locked", directory);
        }
        if (Database.fileIsEncrypted(directory)) {
            throw new PressDeskException("keys.missing", directory.resolve(KeySlots.FILE_NAME));
        }
        return new AppServices(directory, Database.open(directory), settings);
    }

    /**
     * Opens as {@link #open} does, unless the database is encrypted: that one needs a person's password
     * ({@link #unlock}), and nothing is opened.
     */
    public static Optional<AppServices> openUnlessEncrypted(DataDirectory directory, Settings settings) {
        DatabaseEncryption.finishInterrupted(directory);
        return Unlocking.isEncrypted(directory) ? Optional.empty() : Optional.of(open(directory, settings));
    }

    /**
     * Builds the services over a database already opened (the office's shared server); the data directory still
     * holds this machine's preferences and search index.
     */
    public static AppServices open(DataDirectory directory, Database database, Settings settings) {
        return new AppServices(directory, database, settings);
    }

    /**
     * Opens the data directory's database with a person's sign-in name and password: an encrypted database is
     * unlocked with that account's key slot; an unencrypted one opens as {@link #open} does. The caller still signs
     * the person in (the password is checked again, with throttling, against the account).
     */
    public static AppServices unlock(DataDirectory directory, Settings settings, String username, char[] password) {
        DatabaseEncryption.finishInterrupted(directory);
        if (!Unlocking.isEncrypted(directory)) {
            return open(directory, settings);
        }
        Unlocking.Unlocked unlocked = Unlocking.withPassword(directory, settings, username, password);
        return opened(directory, settings, unlocked);
    }

    /** Opens an encrypted database with the slot sealed for headquarters, opened by {@code open}. */
    static AppServices unlockSealed(DataDirectory directory, Settings settings, UnaryOperator<byte[]> open) {
        return opened(directory, settings, Unlocking.withSealed(directory, settings, open));
    }

    /** The open encrypted database's key slots, for the slot sealed for headquarters. */
    SessionKeySlots sessionKeySlots() {
        return keySlots;
    }

    /** Opens an encrypted database with its recovery key, when every password is forgotten. */
    public static AppServices unlock(DataDirectory directory, Settings settings, RecoveryKey recovery) {
        return opened(directory, settings, Unlocking.withRecoveryKey(directory, settings, recovery));
    }

    /**
     * Creates a new encrypted database with its first administrator (who gets the first key slot) and a recovery
     * key, returned to be shown once.
     */
    public static Created createEncrypted(DataDirectory directory, Settings settings, String admin,
            String displayName, char[] password) {
        Unlocking.Unlocked unlocked = Unlocking.create(directory, settings, admin, password);
        AppServices services = null;
        try {
            services = opened(directory, settings, unlocked);
            UserAccount created = services.accounts().createFirstAdministrator(admin, displayName, password);
            return new Created(services, created, unlocked.recovery());
        } catch (RuntimeException e) {
            if (services != null) {
                services.close();
            }
            Unlocking.forgetNew(directory);
            throw e;
        }
    }

    /** Draws text on an office's paper as PDF exports do, with no database: the first-start screen's preview. */
    public static org.pressdesk.publication.LetterheadProof letterheadProof() {
        return new org.pressdesk.publication.LetterheadProof(new CommuniquePdfWriter(),
                new PdfContentFactory("PressDesk " + Version.current()), Clock.systemUTC());
    }

    /** A new encrypted database: its services, its administrator, and the recovery key to print once. */
    public record Created(AppServices services, UserAccount admin, RecoveryKey recovery) {
        /** The recovery key as printed once for the office's safe; front ends show this, not the key object. */
        public String recoveryKeyText() {
            return recovery.text();
        }
    }

    private static AppServices opened(DataDirectory directory, Settings settings, Unlocking.Unlocked unlocked) {
        SessionKeySlots session = new SessionKeySlots(directory.path(), Unlocking.iterations(settings),
                unlocked.key());
        Database database;
        try {
            database = Database.open(directory, unlocked.key());
        } catch (RuntimeException e) {
            RuntimeException refusal = Unlocking.provenKeyRefused(e, directory, unlocked.key()); // before the wipe
            session.close();
            throw refusal;
        }
        return new AppServices(directory, database, settings, session);
    }

    /** Opens another copy of this database (a backup restored to check it) with the key this one was opened with. */
    Database openCopy(DataDirectory directory) {
        return keySlots == null ? Database.open(directory) : Database.open(directory, keySlots.key());
    }

    /** Recovery of a data folder whose database H2 can no longer open (no services can be built over it). */
    public static DatabaseRecovery recovery(DataDirectory directory, Settings settings) {
        return new DatabaseRecovery(directory, settings);
    }

    /** Proven backups of this database. */
    public Backups backups() {
        return backups;
    }

    /** Scheduled backups (daily and at sign-out) into the administrator's folder, with their rotation. */
    public BackupSchedule backupSchedule() {
        return backupSchedule;
    }

    /**
     * Builds and renders, without a database, the statements a command runs first after the opening (a sign-in, a
     * list): for a thread that waits while another opens, so that the classes they need are loaded meanwhile
     * ({@link QueryRehearsal}).
     */
    public static void rehearseFirstStatements() {
        QueryRehearsal.run();
    }

    /** True when the data directory holds an encrypted database (it has key slots). */
    public static boolean isEncrypted(DataDirectory directory) {
        return Unlocking.isEncrypted(directory);
    }

    /** True when the database is encrypted (a new one is, unless created plain). */
    public boolean encrypted() {
        return keySlots != null;
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

    /** The first start: administrator and first office. */
    public SetupService setup() {
        return setup;
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
        return pdfExport.get();
    }

    public CertificateService certificates() {
        return certificates.get();
    }

    public PdfVerifier pdfVerifier() {
        return pdfVerifier.get();
    }

    public DemoSeeder demo() {
        return demo.get();
    }

    public TagService tags() {
        return tags;
    }

    public TaggingService tagging() {
        return tagging;
    }

    public SearchService search() {
        return search.get();
    }

    /**
     * Builds now, on the calling (background) thread, what is otherwise built on first use: the search index's
     * reader, the PDF engine, the tag vocabulary. The window calls it while the person types the password.
     */
    public void prepare() {
        search();
        // the built-in vocabulary files only: the office's names are read at first use, so a first start's new
        // office is not missed
        TagSuggester.builtIn("").suggest("", "");
        pdfExport();
        pdfVerifier();
        pruneChangeLog();
        dailyPruning.start(); // a desktop left open for days still prunes once a day
    }

    /** The change sequence's daily pruning (one desktop at a time); a failure waits for the next start. */
    private void pruneChangeLog() {
        try {
            changeLogUpkeep.pruneIfDue();
        } catch (RuntimeException e) {
            LOG.warn("Pruning the change sequence failed; the next start tries again", e);
        }
    }

    /** The change sequence's upkeep. */
    public ChangeLogUpkeep changeLogUpkeep() {
        return changeLogUpkeep;
    }

    /**
     * Runs {@code action} (on a background thread) whenever colleagues on the shared server commit changes to
     * communiqués, or, on the embedded database, another window or process on the same data folder does (the change
     * sequence's poll, which the search index follows too); never for this program's own commits. Run the returned
     * action to stop.
     */
    public Runnable whenOthersChange(Runnable action) {
        return database.addRemoteChangeListener(ids -> action.run());
    }

    /** The shared server this desktop works on; empty on the embedded database. */
    public java.util.Optional<org.pressdesk.domain.ServerAddress> server() {
        return database.server();
    }

    /** Whether the shared server answers now (always true on the embedded database); call off the JavaFX thread. */
    public boolean serverAnswers() {
        return database.answers();
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
        return exchangeExport.get();
    }

    public ImportService exchangeImport() {
        return exchangeImport.get();
    }

    /** Communiqués two installations changed apart, and their resolution. */
    public ConflictService conflicts() {
        return conflicts;
    }

    /**
     * From now on the commits this program hears are not indexed (an index already open is closed). For the load
     * benchmark only, whose simulated desktops share the server's two cores: a real desktop indexes on its own.
     */
    void keepNoSearchIndex() {
        closeSearchIndex();
    }

    /** No search index is built from now on; the one built, if any, is closed. */
    private void closeSearchIndex() {
        SearchService opened = search.close();
        if (opened != null) {
            opened.close();
        }
    }

    @Override
    public void close() {
        dailyPruning.close();
        closeSearchIndex();
        database.close();
        if (keySlots != null) {
            keySlots.close();
        }
    }
}
