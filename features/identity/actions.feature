@identity
Feature: Which actions a statement covers: Action, wildcards, case, NotAction

  The Action element names the actions a statement applies to, as
  "service:ActionName". A "*" in it stands for any run of characters
  (possibly none) and a "?" for exactly one character, so "iam:List*" covers
  every IAM List action and "iam:ListUser?" covers iam:ListUsers. The service
  prefix and the action name are case-insensitive: "IAM:listusers" is the same
  as "iam:ListUsers".

  NotAction turns the list around: the statement applies to every action
  except those listed. With Allow, it grants everything else (and nothing that
  is listed); with Deny, it refuses everything else. A Deny with NotAction
  grants nothing by itself.

  Each "allowed" example first shows the same call refused before the grant.

  Following the AWS IAM User Guide: "IAM JSON policy elements: Action",
  "IAM JSON policy elements: NotAction", "Policy evaluation logic", and "The
  difference between explicit and implicit denies".

  Rule: (B4) A "*" in Action matches any run of characters and a "?" exactly one character

    @id:identity.action-wildcard-grants @evidence:documented
    Scenario Outline: An Allow for "<pattern>" grants <action>
      Source: IAM User Guide, "IAM JSON policy elements: Action" (multi-character "*" and single-character "?"
      wildcards in the action name).
      Given a user "Jill" with access keys
      When "Jill" calls "<action>"
      Then the call is denied
      Given the user "Jill" has an inline policy "Wildcard":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "<pattern>", "Resource": "*"}]
        }
        """
      When "Jill" calls "<action>"
      Then the call is allowed

      Examples:
        | pattern         | action                |
        | iam:List*       | iam:ListUsers         |
        | iam:List*       | iam:ListPolicies      |
        | iam:ListUser?   | iam:ListUsers         |
        | iam:List?????   | iam:ListRoles         |
        | iam:*Groups     | iam:ListGroups        |
        | iam:Get*Summary | iam:GetAccountSummary |
        | iam:*           | iam:GetAccountSummary |

    @id:identity.action-wildcard-does-not-overreach @evidence:documented
    Scenario Outline: An Allow for "<pattern>" grants <action> but not <other>
      Source: IAM User Guide, "IAM JSON policy elements: Action" ("?" stands for exactly one character)
      and "Policy evaluation logic" (what no statement allows is implicitly denied).
      Given a user "Jill" with access keys
      When "Jill" calls "<action>"
      Then the call is denied
      Given the user "Jill" has an inline policy "Wildcard":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "<pattern>", "Resource": "*"}]
        }
        """
      When "Jill" calls "<action>"
      Then the call is allowed
      When "Jill" calls "<other>"
      Then the call is denied

      Examples:
        | pattern        | action                | other                 |
        | iam:List*      | iam:ListGroups        | iam:GetAccountSummary |
        | iam:Get*       | iam:GetAccountSummary | iam:ListUsers         |
        | iam:*Users     | iam:ListUsers         | iam:ListRoles         |
        | iam:List?????  | iam:ListRoles         | iam:ListGroups        |
        | iam:List?????? | iam:ListGroups        | iam:ListUsers         |

    @id:identity.action-pattern-must-match-the-whole-name @evidence:documented
    Scenario Outline: An Allow for "<pattern>" does not grant <action>
      Source: IAM User Guide, "IAM JSON policy elements: Action" (service prefix, action name, wildcards)
      and "Policy evaluation logic".
      The same policy also allows iam:GetAccountSummary, to show that it is in effect. IAM accepts
      a policy that names actions no service has (putting the policy is a precondition).

      Given a user "Jill" with access keys
      When "Jill" calls "iam:GetAccountSummary"
      Then the call is denied
      Given the user "Jill" has an inline policy "NearMiss":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["<pattern>", "iam:GetAccountSummary"], "Resource": "*"}]
        }
        """
      When "Jill" calls "iam:GetAccountSummary"
      Then the call is allowed
      When "Jill" calls "<action>"
      Then the call is denied

      Examples:
        | pattern        | action        |
        | iam:ListUsers? | iam:ListUsers |
        | iam:ListUser   | iam:ListUsers |
        | iam:List?      | iam:ListUsers |
        | iam:Users*     | iam:ListUsers |
        | sts:ListUsers  | iam:ListUsers |

  Rule: (B4) Action names are case-insensitive, in the service prefix and in the action name

    @id:identity.action-names-ignore-case @evidence:documented
    Scenario Outline: An Allow for "<pattern>" grants <action>
      Source: IAM User Guide, "IAM JSON policy elements: Action" ("The prefix and the action name are case
      insensitive").
      Given a user "Jill" with access keys
      When "Jill" calls "<action>"
      Then the call is denied
      Given the user "Jill" has an inline policy "OddCase":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "<pattern>", "Resource": "*"}]
        }
        """
      When "Jill" calls "<action>"
      Then the call is allowed

      Examples:
        | pattern               | action                |
        | IAM:listusers         | iam:ListUsers         |
        | iam:LISTROLES         | iam:ListRoles         |
        | Iam:getAccountsummary | iam:GetAccountSummary |
        | IAM:listaccesskeys    | iam:ListAccessKeys    |
        | iam:listg*            | iam:ListGroups        |

  Rule: (B4) An Allow with NotAction grants every action except the ones it lists

    @id:identity.notaction-allow-grants-all-but-the-listed @evidence:documented
    Scenario: Allow with NotAction iam:ListRoles grants iam:ListUsers and iam:GetAccountSummary, not iam:ListRoles
      Source: IAM User Guide, "IAM JSON policy elements: NotAction" (with Allow and with Deny) and "Policy
      evaluation logic".
      The second statement keeps Jill read-only: a bare Allow with NotAction would
      grant every action of every service except the one listed.

      Given a user "Jill" with access keys
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Jill" calls "iam:GetAccountSummary"
      Then the call is denied
      Given the user "Jill" has an inline policy "AllButListRoles":
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "NotAction": "iam:ListRoles", "Resource": "*"},
            {"Effect": "Deny", "NotAction": ["iam:List*", "iam:Get*"], "Resource": "*"}
          ]
        }
        """
      When "Jill" calls "iam:ListUsers"
      Then the call is allowed
      When "Jill" calls "iam:GetAccountSummary"
      Then the call is allowed
      When "Jill" calls "iam:ListRoles"
      Then the call is denied

    @id:identity.notaction-allow-with-a-wildcard @evidence:documented
    Scenario: Allow with NotAction iam:List* grants iam:GetAccountSummary but no List action
      Source: IAM User Guide, "IAM JSON policy elements: NotAction" and "IAM JSON policy elements: Action"
      (wildcards).
      The second statement keeps Jill read-only, as above.

      Given a user "Jill" with access keys
      When "Jill" calls "iam:GetAccountSummary"
      Then the call is denied
      Given the user "Jill" has an inline policy "AllButLists":
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "NotAction": "iam:List*", "Resource": "*"},
            {"Effect": "Deny", "NotAction": ["iam:List*", "iam:Get*"], "Resource": "*"}
          ]
        }
        """
      When "Jill" calls "iam:GetAccountSummary"
      Then the call is allowed
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Jill" calls "iam:ListGroups"
      Then the call is denied

  Rule: (B4) A Deny with NotAction refuses every action except the ones it lists, and grants nothing

    @id:identity.notaction-deny-refuses-all-but-the-listed @evidence:documented
    Scenario: Jill may list anything until a Deny with NotAction iam:ListUsers leaves her only iam:ListUsers
      Source: IAM User Guide, "IAM JSON policy elements: NotAction" (a Deny with NotAction "explicitly
      denies the actions not listed") and "Policy evaluation logic".
      The refusals come first after the Deny is added: once they hold, the Deny is in effect, so the
      Allow of iam:ListUsers that follows cannot hold merely because the Deny has not yet taken effect.

      Given a user "Jill" with access keys
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Jill" calls "iam:ListRoles"
      Then the call is denied
      Given the user "Jill" has an inline policy "ListAnything":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["iam:List*", "iam:GetAccountSummary"], "Resource": "*"}]
        }
        """
      When "Jill" calls "iam:ListRoles"
      Then the call is allowed
      Given the user "Jill" has an inline policy "OnlyListUsers":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Deny", "NotAction": "iam:ListUsers", "Resource": "*"}]
        }
        """
      When "Jill" calls "iam:ListRoles"
      Then the call is denied
      When "Jill" calls "iam:GetAccountSummary"
      Then the call is denied
      When "Jill" calls "iam:ListUsers"
      Then the call is allowed

    @id:identity.notaction-deny-grants-nothing @evidence:documented
    Scenario: A Deny with NotAction iam:ListUsers, on its own, does not allow iam:ListUsers
      Source: IAM User Guide, "IAM JSON policy elements: NotAction" ("You must still allow actions that you
      want to allow"); STS API reference, "GetCallerIdentity" (allowed even under an explicit Deny).
      The control, sts:GetCallerIdentity, stays allowed although the Deny covers it:
      it needs no permission, and no identity policy can refuse it.

      Given a user "Jill" with access keys
      And the user "Jill" has an inline policy "OnlyListUsers":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Deny", "NotAction": "iam:ListUsers", "Resource": "*"}]
        }
        """
      When "Jill" calls "sts:GetCallerIdentity"
      Then the call is allowed
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
