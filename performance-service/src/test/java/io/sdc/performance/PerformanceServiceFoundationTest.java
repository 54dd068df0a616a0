package io.sdc.performance;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.localstack.testing.RealInfrastructure;
import io.sdc.platform.testing.ServiceFoundationTest;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "performance"))
class PerformanceServiceFoundationTest extends ServiceFoundationTest {

    @Override
    protected String ownDatabase() {
        return "performance";
    }

    @Override
    protected java.util.Optional<String> contractProbe() {
        return java.util.Optional.of("/api/v1/contracts/%s/baskets");
    }
}
