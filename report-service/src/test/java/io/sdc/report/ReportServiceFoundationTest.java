package io.sdc.report;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.localstack.testing.RealInfrastructure;
import io.sdc.platform.testing.ServiceFoundationTest;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "report"))
@WithTestResource(value = RecordedServices.class, scope = TestResourceScope.GLOBAL)
class ReportServiceFoundationTest extends ServiceFoundationTest {
}
