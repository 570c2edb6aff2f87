@identity
Feature: Policy variables: ${aws:username} in a Resource stands for the caller's own name

  A policy can say "the caller's own user" without naming anyone, by writing
  the policy variable ${aws:username} inside a Resource ARN. When a request is
  evaluated, AWS replaces the variable with the user name of the IAM user who
  signed it. One group policy can so let every member read their own user,
  and only their own. (The suite leaves ${aws:username} untouched; only its
  own ${…} placeholders are filled in before the policy is sent.)

  A user's ARN contains the user's IAM path, and the suite creates users under
  a path of its own, so the examples write the resource as
  arn:aws:iam::<account>:user/*/${aws:username}: the "*" stands for the path.

  Following the AWS IAM User Guide: "IAM policy elements: Variables and tags",
  "IAM JSON policy elements: Resource", "IAM identifiers", and the example
  policies that let IAM users manage their own credentials.

  Rule: (B5) ${aws:username} in a Resource ARN is replaced by the name of the calling user

    @id:identity.username-variable-lets-members-get-only-themselves @evidence:documented
    Scenario: A group policy lets each member get their own user and not the other's
      Source: IAM User Guide, "IAM policy elements: Variables and tags" (${aws:username} is replaced by the
      friendly name of the current user; one group policy serves every member) and "IAM JSON policy
      elements: Resource".
      Given a user "Jill" with access keys
      And a user "Jack" with access keys
      And a group "Devs"
      And the group "Devs" has an inline policy "GetSelf":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": "iam:GetUser",
            "Resource": "arn:aws:iam::${account}:user/*/${aws:username}"
          }]
        }
        """
      When "Jill" calls "iam:GetUser" with:
        | UserName | ${name:Jill} |
      Then the call is denied
      When "Jack" calls "iam:GetUser" with:
        | UserName | ${name:Jack} |
      Then the call is denied
      Given the user "Jill" is a member of the group "Devs"
      And the user "Jack" is a member of the group "Devs"
      When "Jill" calls "iam:GetUser" with:
        | UserName | ${name:Jill} |
      Then the call is allowed
      When "Jill" calls "iam:GetUser" with:
        | UserName | ${name:Jack} |
      Then the call is denied
      When "Jack" calls "iam:GetUser" with:
        | UserName | ${name:Jack} |
      Then the call is allowed
      When "Jack" calls "iam:GetUser" with:
        | UserName | ${name:Jill} |
      Then the call is denied

    @id:identity.username-variable-lets-a-user-list-only-her-own-keys @evidence:documented
    Scenario: Jill may list her own access keys but not Jack's
      Source: IAM User Guide, "IAM policy elements: Variables and tags"; Service Authorization Reference,
      IAM (iam:ListAccessKeys acts on resource type user).
      Given a user "Jill" with access keys
      And a user "Jack" with access keys
      When "Jill" calls "iam:ListAccessKeys" with:
        | UserName | ${name:Jill} |
      Then the call is denied
      Given the user "Jill" has an inline policy "OwnKeys":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": "iam:ListAccessKeys",
            "Resource": "arn:aws:iam::${account}:user/*/${aws:username}"
          }]
        }
        """
      When "Jill" calls "iam:ListAccessKeys" with:
        | UserName | ${name:Jill} |
      Then the call is allowed
      When "Jill" calls "iam:ListAccessKeys" with:
        | UserName | ${name:Jack} |
      Then the call is denied
