package dev.streamlab.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The layers of DESIGN.md: each depends only on those listed before it; the front ends not on each other. */
@AnalyzeClasses(packages = "dev.streamlab", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {

    @ArchTest
    static final ArchRule layersDependOnlyOnTheLayersBeforeThem = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Model").definedBy("dev.streamlab.model..", "dev.streamlab.json..")
            .layer("Local").definedBy("dev.streamlab.local..")
            .layer("Connect").definedBy("dev.streamlab.connect..")
            .layer("Data").definedBy("dev.streamlab.data..")
            .layer("Stream").definedBy("dev.streamlab.stream..")
            .layer("Trigger").definedBy("dev.streamlab.trigger..")
            .layer("Builtins").definedBy("dev.streamlab.builtins..")
            .layer("Scenario").definedBy("dev.streamlab.scenario..")
            .layer("Cli").definedBy("dev.streamlab.cli..")
            .layer("Ui").definedBy("dev.streamlab.ui..")
            .layer("App").definedBy("dev.streamlab.app..")
            .withOptionalLayers(true)
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Scenario").mayOnlyBeAccessedByLayers("Cli", "Ui", "App")
            .whereLayer("Builtins").mayOnlyBeAccessedByLayers("Cli", "Ui", "App")
            .whereLayer("Trigger").mayOnlyBeAccessedByLayers("Builtins", "Scenario", "Cli", "Ui", "App")
            .whereLayer("Stream").mayOnlyBeAccessedByLayers("Trigger", "Builtins", "Scenario", "Cli", "Ui", "App")
            .whereLayer("Data").mayOnlyBeAccessedByLayers("Stream", "Trigger", "Builtins", "Scenario", "Cli", "Ui",
                    "App")
            .whereLayer("Connect").mayOnlyBeAccessedByLayers("Data", "Stream", "Trigger", "Builtins", "Scenario", "Cli",
                    "Ui", "App")
            .whereLayer("Local").mayOnlyBeAccessedByLayers("Connect", "Data", "Stream", "Trigger", "Builtins",
                    "Scenario", "Cli", "Ui", "App");

    @ArchTest
    static final ArchRule nothingBelowTheUiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackages("dev.streamlab.ui..", "dev.streamlab.app..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    /** Items are the model's Map<String, AttributeValue>; every other SDK type stays behind the services. */
    @ArchTest
    static final ArchRule theWindowReachesDynamoDbOnlyThroughTheServices = noClasses()
            .that().resideInAPackage("dev.streamlab.ui..")
            .should().dependOnClassesThat(resideInAPackage("software.amazon.awssdk..")
                    .and(DescribedPredicate.not(belongToAnyOf(AttributeValue.class))));

    @ArchTest
    static final ArchRule viewModelsWorkWithoutAScreen = noClasses()
            .that().resideInAPackage("dev.streamlab.ui..").and().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..");

    /** Features talk through the session and the navigator in ui.common; only the shell puts them together. */
    @ArchTest
    static final ArchRule featuresDoNotReachIntoEachOther = slices().matching("dev.streamlab.ui.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(resideInAPackage("dev.streamlab.ui.shell.."), alwaysTrue())
            .ignoreDependency(alwaysTrue(), resideInAPackage("dev.streamlab.ui.common.."));
}
