package com.cloudwright.arch;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.math.BigInteger;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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

    @ArchTest
    static final ArchRule topLevelPackagesAreFreeOfCycles = slices().matching("com.cloudwright.(*)..")
            .should().beFreeOfCycles()
            .because("each package builds on the ones below it: model, i18n, palette, then the features, then the UI");

    @ArchTest
    static final ArchRule everyPackageIsFreeOfCycles = slices().matching("com.cloudwright.(**)")
            .should().beFreeOfCycles();

    /** Calls into BigInteger other than formatting one: the arithmetic address blocks are made of. */
    private static final DescribedPredicate<JavaMethodCall> ADDRESS_ARITHMETIC =
            new DescribedPredicate<>("address arithmetic (BigInteger methods other than toString)") {
                @Override
                public boolean test(JavaMethodCall call) {
                    return call.getTargetOwner().isEquivalentTo(BigInteger.class) && !call.getName().equals("toString");
                }
            };

    @ArchTest
    static final ArchRule cidrArithmeticLivesInTheNetworkCore = noClasses()
            .that().resideOutsideOfPackage("com.cloudwright.model.net..")
            .should().callMethodWhere(ADDRESS_ARITHMETIC)
            .because("address blocks are worked out once, in model.net (Cidr, SubnetAllocator, Overlaps), for the "
                    + "editor, the validator and the exporters alike");

    @ArchTest
    static final ArchRule linksAreExpandedInTheNetworkCore = noClasses()
            .that().resideOutsideOfPackage("com.cloudwright.model.net..")
            .should().callConstructor(com.cloudwright.model.net.Link.class,
                    com.cloudwright.model.Node.class, com.cloudwright.model.Node.class, com.cloudwright.model.Edge.class)
            .because("edges with overlay groups expanded come from model.net.Links, so every package sees the same calls");

    @ArchTest
    static final ArchRule messagesComeThroughOneAccessor = noClasses()
            .that().resideOutsideOfPackage("com.cloudwright.i18n..")
            .should().callMethod(java.util.ResourceBundle.class, "getBundle", String.class)
            .orShould().callMethod(java.util.ResourceBundle.class, "getBundle", String.class, java.util.Locale.class)
            .because("i18n.Bundle is the one way text reaches a user");
}
