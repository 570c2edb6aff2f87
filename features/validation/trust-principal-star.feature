@validation
Feature: A trust policy cannot name its principal as the bare string "*"

  In the policy grammar the Principal element may be the string "*" or a map
  such as {"AWS": "*"}, and for anonymous access in resource-based policies
  the IAM User Guide presents the two as the same. A role's trust policy is
  stricter: IAM refuses a trust policy whose Principal is the bare string "*"
  with MalformedPolicyDocument (HTTP 400), both when the role is created and
  when its trust policy is replaced, while the same document written with
  {"AWS": "*"} is accepted. Each example first saves the document with
  {"AWS": "*"}, so a target that refuses every document cannot pass.

  The documents limit the principals with an aws:PrincipalAccount condition,
  as a trust policy open to every principal should (checklist C5 and C8).

  Following the IAM API Reference: "CreateRole" and "UpdateAssumeRolePolicy"
  (error MalformedPolicyDocument, HTTP 400), and the IAM User Guide: "AWS JSON
  policy elements: Principal" (section "All principals") and "Roles terms and
  concepts" (a role's trust policy cannot use a wildcard as its principal).
  No AWS page names the error for the bare "*"; the AWS answers quoted in
  public pull requests and issues do: MalformedPolicyDocument, "AssumeRolepolicy
  contained an invalid principal: "STAR":"*"".

  Rule: (G1) A role's trust policy may name every principal as {"AWS": "*"}, but not as the bare string "*"

    @id:validation.trust-principal-bare-star-refused-on-create @evidence:recorded
    Scenario: A role whose trust policy names the principal "*" cannot be created, one that names {"AWS": "*"} can
      Source: hashicorp/terraform-provider-aws PR #4248; aws/aws-cdk PR #5746 and the AWS answer quoted in
      aws/aws-cdk issue #5732 (CreateRole: MalformedPolicyDocument, HTTP 400, "AssumeRolepolicy contained an
      invalid principal").
      When the admin creates a role "Open" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            "Principal": {"AWS": "*"},
            "Condition": {"StringEquals": {"aws:PrincipalAccount": "${account}"}}
          }]
        }
        """
      Then the call succeeds
      When the admin creates a role "Star" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            "Principal": "*",
            "Condition": {"StringEquals": {"aws:PrincipalAccount": "${account}"}}
          }]
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400

    @id:validation.trust-principal-bare-star-refused-on-update @evidence:recorded
    Scenario: A trust policy cannot be changed to name the principal "*", while a change to {"AWS": "*"} is accepted
      Source: hashicorp/terraform-provider-aws PR #4248; aws/aws-cdk PR #5746 and the AWS answer quoted in
      aws/aws-cdk issue #5732 (MalformedPolicyDocument, HTTP 400, "AssumeRolepolicy contained an invalid
      principal"); IAM API reference, "UpdateAssumeRolePolicy" (error MalformedPolicyDocument).
      The recorded answers were given when roles were created (a CloudFormation CREATE_FAILED in issue #5732,
      a new aws_iam_role in PR #4248); no answer to UpdateAssumeRolePolicy alone was found. That call refuses
      the other malformed trust policies just as CreateRole does (features/trust/trust-documents.feature).
      Given a role "Target" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "arn:aws:iam::${account}:root"}}]
        }
        """
      When the admin changes the trust policy of the role "Target" to:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            "Principal": {"AWS": "*"},
            "Condition": {"StringEquals": {"aws:PrincipalAccount": "${account}"}}
          }]
        }
        """
      Then the call succeeds
      When the admin changes the trust policy of the role "Target" to:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            "Principal": "*",
            "Condition": {"StringEquals": {"aws:PrincipalAccount": "${account}"}}
          }]
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400
