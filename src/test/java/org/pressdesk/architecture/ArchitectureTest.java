package org.pressdesk.architecture;

import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of STYLE.md: front ends (ui, cli) over the services, the services over the store, the store over
 * the domain; each library stays in the package that owns it; no package cycles.
 */
class ArchitectureTest {
    private static final String[] SERVICES = {"org.pressdesk.account..", "org.pressdesk.audit..",
        "org.pressdesk.drafting..", "org.pressdesk.pdf..", "org.pressdesk.demo..", "org.pressdesk.workflow..",
        "org.pressdesk.tagging..", "org.pressdesk.archive..", "org.pressdesk.search..", "org.pressdesk.exchange..",
        "org.pressdesk.signing..", "org.pressdesk.publication..", "org.pressdesk.office.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // Only our compiled classes: scanning every jar on the class path for the package would take seconds.
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(Path.of("target/classes"));
    }

    @Test
    void domainUsesOnlyTheJdk() {
        classes().that().resideInAPackage("org.pressdesk.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.pressdesk.domain..")
                .check(classes);
    }

    @Test
    void languageBundlesSitBesideTheDomain() {
        classes().that().resideInAPackage("org.pressdesk.i18n..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.pressdesk.i18n..", "org.pressdesk.domain..", "org.slf4j..")
                .check(classes);
    }

    /**
     * What lives on this machine (the data folder, its owner-only files, the local preferences) sits beside the
     * domain: the store keeps its database there and the front ends choose the folder, without reaching the store.
     */
    @Test
    void localFilesSitBesideTheDomain() {
        classes().that().resideInAPackage("org.pressdesk.local..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "javax.crypto..", "org.pressdesk.local..", "org.pressdesk.domain..",
                        "org.slf4j..")
                .check(classes);
    }

    @Test
    void storeKnowsNothingAboveIt() {
        noClasses().that().resideInAPackage("org.pressdesk.store..")
                .should().dependOnClassesThat().resideInAnyPackage(concat(SERVICES, "org.pressdesk.ui..",
                        "org.pressdesk.cli..", "org.pressdesk.app.."))
                .check(classes);
    }

    @Test
    void servicesKnowNoFrontEnd() {
        noClasses().that().resideInAnyPackage(SERVICES)
                .should().dependOnClassesThat().resideInAnyPackage("org.pressdesk.ui..", "org.pressdesk.cli..",
                        "org.pressdesk.app..")
                .check(classes);
    }

    @Test
    void compositionRootKnowsNoFrontEnd() {
        noClasses().that().resideInAPackage("org.pressdesk.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.pressdesk.ui..", "org.pressdesk.cli..")
                .check(classes);
    }

    @Test
    void frontEndsDoNotKnowEachOther() {
        noClasses().that().resideInAPackage("org.pressdesk.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.pressdesk.ui..").check(classes);
        noClasses().that().resideInAPackage("org.pressdesk.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.pressdesk.cli..").check(classes);
    }

    @Test
    void frontEndsReachTheDatabaseOnlyThroughServices() {
        noClasses().that().resideInAnyPackage("org.pressdesk.ui..", "org.pressdesk.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.pressdesk.store..")
                .check(classes);
    }

    @Test
    void pdfIsALayoutEngineThatKnowsNoUseCase() {
        noClasses().that().resideInAPackage("org.pressdesk.pdf..")
                .should().dependOnClassesThat().resideInAnyPackage("org.pressdesk.workflow..",
                        "org.pressdesk.drafting..", "org.pressdesk.signing..", "org.pressdesk.audit..",
                        "org.pressdesk.publication..", "org.pressdesk.office..")
                .check(classes);
    }

    @Test
    void jooqStaysInTheStore() {
        onlyIn("org.jooq..", "org.pressdesk.store..");
    }

    @Test
    void pdfboxStaysInThePdfPackage() {
        onlyIn("org.apache.pdfbox..", "org.pressdesk.pdf..");
    }

    @Test
    void bouncyCastleStaysInSigning() {
        onlyIn("org.bouncycastle..", "org.pressdesk.signing..");
    }

    @Test
    void commonmarkStaysInThePdfPackage() {
        onlyIn("org.commonmark..", "org.pressdesk.pdf..");
    }

    @Test
    void veraPdfNeverReachesTheProgram() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.verapdf..", "net.sf.saxon..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void luceneStaysInSearch() {
        onlyIn("org.apache.lucene..", "org.pressdesk.search..");
    }

    @Test
    void poiStaysInTheArchive() {
        onlyIn("org.apache.poi..", "org.pressdesk.archive..");
        onlyIn("org.apache.xmlbeans..", "org.pressdesk.archive..");
    }

    @Test
    void javafxStaysInTheUserInterface() {
        for (String toolkit : new String[] {"javafx..", "org.controlsfx..", "atlantafx..", "org.kordamp.."}) {
            onlyIn(toolkit, "org.pressdesk.ui..");
        }
    }

    @Test
    void picocliStaysInTheCommandLine() {
        onlyIn("picocli..", "org.pressdesk.cli..");
    }

    @Test
    void viewModelsNeverTouchTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "org.controlsfx..")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.pressdesk.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void windowPackagesHaveNoCycles() {
        slices().matching("org.pressdesk.ui.(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * No service locator in the window: only the start-up (DesktopApp, Opening, which open the services, and
     * DamagedStart, which recovers a database before any service can open it) and the
     * UI composition root (MainAssembly, which gives each window the services it uses) see the whole graph.
     */
    @Test
    void onlyTheUiCompositionRootSeesAllServices() {
        noClasses().that().resideInAPackage("org.pressdesk.ui..")
                .and(are(outside("org.pressdesk.ui.DesktopApp", "org.pressdesk.ui.Opening",
                        "org.pressdesk.ui.DamagedStart", "org.pressdesk.ui.MainAssembly")))
                .should().dependOnClassesThat().haveFullyQualifiedName("org.pressdesk.app.AppServices")
                .check(classes);
    }

    /**
     * Every jOOQ statement goes through {@code Database.dsl()}, whose connections on the shared H2 file make a
     * statement outside a transaction wait out a serving hand-over (issue 10): a context made elsewhere would bypass
     * them. Only the receipt a bare write commits with is written on its own connection, by {@code BareStatement};
     * {@code QueryRehearsal}'s context has no connection at all: it renders statements and cannot run them.
     */
    @Test
    void jooqContextsAreMadeOnlyByTheDatabase() {
        noClasses().that(are(outside("org.pressdesk.store.Database", "org.pressdesk.store.BareStatement",
                        "org.pressdesk.store.QueryRehearsal")))
                .should().callMethodWhere(DescribedPredicate.describe("DSL.using",
                        call -> call.getTargetOwner().getName().equals("org.jooq.impl.DSL")
                                && call.getName().equals("using")))
                .check(classes);
    }

    /** Classes other than these (and their nested classes). */
    private static DescribedPredicate<JavaClass> outside(String... names) {
        return DescribedPredicate.describe("other than " + String.join(", ", names), type -> {
            String name = type.getName();
            for (String allowed : names) {
                if (name.equals(allowed) || name.startsWith(allowed + "$")) {
                    return false;
                }
            }
            return true;
        });
    }

    private static void onlyIn(String library, String owner) {
        noClasses().that().resideOutsideOfPackage(owner)
                .should().dependOnClassesThat().resideInAPackage(library)
                .allowEmptyShould(true)
                .check(classes);
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
