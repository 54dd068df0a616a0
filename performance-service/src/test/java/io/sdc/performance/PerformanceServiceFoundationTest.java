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

    PerformanceServiceFoundationTest() {
        super("/api/v1/contracts/%s/baskets");
    }
}
