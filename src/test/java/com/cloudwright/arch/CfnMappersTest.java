package com.cloudwright.arch;

import com.google.auto.service.AutoService;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * CloudFormation mappers stand alone: each turns its own palette types into resources, and what
 * two of them share lives in a helper, so a mapper can change (or read templates back) without
 * touching another. A mapper is a class implementing {@code com.cloudwright.cfn.Mapper}, together
 * with its nested and anonymous classes.
 */
@AnalyzeClasses(packages = "com.cloudwright.cfn", importOptions = ImportOption.DoNotIncludeTests.class)
class CfnMappersTest {

    private static final String MAPPER = "com.cloudwright.cfn.Mapper";

    private static final DescribedPredicate<JavaClass> PART_OF_A_MAPPER =
            DescribedPredicate.describe("are part of a mapper", c -> isMapper(outermost(c)));

    private static final DescribedPredicate<JavaClass> A_MAPPER =
            DescribedPredicate.describe("are mappers", CfnMappersTest::isMapper);

    @ArchTest
    static final ArchRule mappersNeverUseOneAnother = classes().that(PART_OF_A_MAPPER)
            .should(dependOnNoOtherMapper())
            .because("what mappers share belongs in a helper (Build, Access, Certificates, EventRules, ...)");

    @ArchTest
    static final ArchRule onlyTheRegistryKnowsTheMappers = noClasses().that(DescribedPredicate.not(PART_OF_A_MAPPER))
            .should().dependOnClassesThat(PART_OF_A_MAPPER)
            .because("helpers serve every mapper; mappers are found through ServiceLoader, never named");

    @ArchTest
    static final ArchRule mappersAreDiscoverable = classes().that(A_MAPPER)
            .should().haveSimpleNameEndingWith("Mapper")
            .andShould().haveModifier(JavaModifier.PUBLIC)
            .andShould().beAnnotatedWith(AutoService.class)
            .because("ServiceLoader finds a mapper only through its @AutoService entry and public constructor");

    private static boolean isMapper(JavaClass c) {
        return !c.getName().equals(MAPPER) && !c.isInterface() && c.isAssignableTo(MAPPER);
    }

    private static JavaClass outermost(JavaClass c) {
        JavaClass out = c;
        while (out.getEnclosingClass().isPresent()) {
            out = out.getEnclosingClass().get();
        }
        return out;
    }

    private static ArchCondition<JavaClass> dependOnNoOtherMapper() {
        return new ArchCondition<>("depend on no other mapper") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                JavaClass own = outermost(origin);
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = outermost(d.getTargetClass());
                    if (isMapper(target) && !target.equals(own)) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }
}
