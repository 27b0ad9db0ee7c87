package cn.sgz.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The allowed imports of ARCHITECTURE.md, kept honest. */
class ArchitectureTest {
    static final List<String> CAPABILITIES = List.of("indicators", "feedback", "emergency");
    static final List<String> MODULES = List.of("tenant", "indicators", "feedback", "emergency");

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.sgz");

    @Test
    void capabilityModulesNeverImportEachOther() {
        for (var module : CAPABILITIES) {
            for (var other : CAPABILITIES) {
                if (!module.equals(other)) {
                    noClasses()
                            .that()
                            .resideInAPackage("cn.sgz." + module + "..")
                            .should()
                            .dependOnClassesThat()
                            .resideInAPackage("cn.sgz." + other + "..")
                            .allowEmptyShould(true)
                            .check(CLASSES);
                }
            }
        }
    }

    @Test
    void noModuleUsesAnotherModulesInternals() {
        for (var module : MODULES) {
            noClasses()
                    .that()
                    .resideOutsideOfPackage("cn.sgz." + module + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("cn.sgz." + module + ".internal..")
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
    }

    /** tenant/internal reads as its areas; they reach each other only through cn.sgz.tenant.api. */
    static final List<String> TENANT_AREAS = List.of("organisation", "accounts", "staffing", "demo", "inbox");

    @Test
    void tenantAreasReachEachOtherOnlyThroughTheirPublicFaces() {
        for (var area : TENANT_AREAS) {
            for (var other : TENANT_AREAS) {
                if (!area.equals(other)) {
                    noClasses()
                            .that()
                            .resideInAPackage("cn.sgz.tenant.internal." + area + "..")
                            .should()
                            .dependOnClassesThat()
                            .resideInAPackage("cn.sgz.tenant.internal." + other + "..")
                            .check(CLASSES);
                }
            }
        }
    }

    @Test
    void tenantInternalsLiveInAnArea() {
        classes()
                .that()
                .resideInAPackage("cn.sgz.tenant.internal..")
                .should()
                .resideInAnyPackage(TENANT_AREAS.stream()
                        .map(area -> "cn.sgz.tenant.internal." + area + "..")
                        .toArray(String[]::new))
                .check(CLASSES);
    }

    @Test
    void infraDependsOnNoModule() {
        noClasses()
                .that()
                .resideInAPackage("cn.sgz.infra..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "cn.sgz.tenant..",
                        "cn.sgz.indicators..",
                        "cn.sgz.feedback..",
                        "cn.sgz.emergency..",
                        "cn.sgz.app..")
                .check(CLASSES);
    }

    @Test
    void onlyTheApplicationUsesTheApplication() {
        noClasses()
                .that()
                .resideOutsideOfPackage("cn.sgz.app..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("cn.sgz.app..")
                .check(CLASSES);
    }

    @Test
    void modulesHaveNoCycles() {
        slices().matching("cn.sgz.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
