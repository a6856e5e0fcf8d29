package org.galley;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;

/** The boundaries the code must keep: a pure segmenter, views that go through services. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.galley");
    }

    @Test
    void theSegmenterDependsOnNothingOfOursNorOnSpringVaadinOrJdbc() {
        noClasses().that().resideInAPackage("org.galley.segment..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.galley.common..", "org.galley.security..", "org.galley.issue..", "org.galley.importing..",
                        "org.galley.article..", "org.galley.editor..", "org.galley.workflow..", "org.galley.publishing..",
                        "org.springframework..", "com.vaadin..", "java.sql..", "javax.sql..", "com.fasterxml..")
                .check(classes);
    }

    @Test
    void theSegmenterDependsOnNoOtherGalleyPackage() {
        noClasses().that().resideInAPackage("org.galley.segment..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "Galley classes outside org.galley.segment",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().startsWith("org.galley")
                                && !c.getPackageName().startsWith("org.galley.segment")))
                .check(classes);
    }

    /** Feature packages (and common) form no cycle: the shell learns of features through @Menu and beans. */
    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("org.galley.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void viewsNeverTouchRepositoriesOrSql() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAnnotatedWith(Repository.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..", "javax.sql..")
                .check(classes);
    }

    @Test
    void servicesAndRepositoriesNeverReachIntoViews() {
        noClasses().that().areAnnotatedWith(org.springframework.stereotype.Service.class)
                .or().areAnnotatedWith(Repository.class)
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .check(classes);
    }

    @Test
    void repositoriesAreNotPublic() {
        noClasses().that().areAnnotatedWith(Repository.class).should().bePublic().check(classes);
    }
}
