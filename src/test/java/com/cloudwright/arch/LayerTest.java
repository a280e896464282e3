package com.cloudwright.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The core (model, files, palette, validation, exporters, cost) runs headless: no JavaFX outside the UI. */
@AnalyzeClasses(packages = "com.cloudwright", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerTest {

    @ArchTest
    static final ArchRule coreNeverTouchesJavaFx = noClasses()
            .that().resideOutsideOfPackage("com.cloudwright.ui..")
            .and().doNotHaveFullyQualifiedName("com.cloudwright.Main")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the command line, the validator and the exporters must run without a display");

    @ArchTest
    static final ArchRule coreNeverUsesTheUi = noClasses()
            .that().resideOutsideOfPackage("com.cloudwright.ui..")
            .and().doNotHaveFullyQualifiedName("com.cloudwright.Main")
            .should().dependOnClassesThat().resideInAPackage("com.cloudwright.ui..");

    @ArchTest
    static final ArchRule noAwtInTheModel = noClasses()
            .that().resideInAnyPackage("com.cloudwright.model..", "com.cloudwright.io..", "com.cloudwright.palette..")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..");
}
