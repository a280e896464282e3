package com.cloudwright.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The UI is split into rooms by feature (canvas, problems, cost, export, file, inspector, palette,
 * shell, common). Rooms may lean on each other only one way, so a room can be read, tested and
 * changed without pulling in the whole window.
 */
@AnalyzeClasses(packages = "com.cloudwright.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class UiRoomsTest {

    @ArchTest
    static final ArchRule uiSubPackagesAreFreeOfCycles = slices().matching("com.cloudwright.ui.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyTheShellAssemblesTheWindow = noClasses()
            .that().resideOutsideOfPackage("com.cloudwright.ui.shell..")
            .should().dependOnClassesThat().resideInAPackage("com.cloudwright.ui.shell..")
            .because("the shell puts the rooms together; a room that needs the window has its dependency upside down");

    @ArchTest
    static final ArchRule commonNeedsNoRoom = noClasses()
            .that().resideInAPackage("com.cloudwright.ui.common..")
            .should().dependOnClassesThat().resideInAnyPackage("com.cloudwright.ui.canvas..", "com.cloudwright.ui.cost..",
                    "com.cloudwright.ui.export..", "com.cloudwright.ui.file..", "com.cloudwright.ui.inspector..",
                    "com.cloudwright.ui.palette..", "com.cloudwright.ui.problems..", "com.cloudwright.ui.shell..");

    @ArchTest
    static final ArchRule everyUiClassLivesInARoom = classes()
            .that().resideInAPackage("com.cloudwright.ui")
            .should().haveSimpleName("UiText")
            .because("only the message accessor stays beside the bundle; everything else belongs to a feature");
}
