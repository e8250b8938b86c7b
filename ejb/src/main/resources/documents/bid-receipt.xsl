<?xml version="1.0" encoding="UTF-8"?>
<!--
  The receipt for a bid on a tender (root bid-receipt) or for its withdrawal (root withdrawal-receipt). It proves
  the receipt of the sealed bid and never shows its content. Input: see BidReceiptInput; the page and shared parts
  are in common.xsl.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <xsl:include href="common.xsl"/>

  <xsl:template match="/bid-receipt | /withdrawal-receipt" mode="body">
    <fo:table xsl:use-attribute-sets="details">
      <xsl:call-template name="details-columns"/>
      <fo:table-body>
        <xsl:apply-templates select="tender" mode="row"/>
        <xsl:apply-templates select="authority" mode="row"/>
        <xsl:apply-templates select="bidder" mode="row"/>
        <xsl:apply-templates select="submitted-by | withdrawn-by" mode="row"/>
        <xsl:apply-templates select="submitted-at | withdrawn-at" mode="row"/>
      </fo:table-body>
    </fo:table>
    <!-- What identifies the bid, and what it means, stays on one page. -->
    <fo:block keep-together.within-page="always">
      <xsl:if test="normalize-space(concat(bid-id, bid-sha256))">
        <fo:block xsl:use-attribute-sets="heading"><xsl:value-of select="key('label', 'bid')"/></fo:block>
        <fo:table xsl:use-attribute-sets="details">
          <xsl:call-template name="details-columns"/>
          <fo:table-body>
            <xsl:apply-templates select="bid-id" mode="row">
              <xsl:with-param name="size">large</xsl:with-param>
            </xsl:apply-templates>
            <xsl:apply-templates select="bid-sha256" mode="row">
              <xsl:with-param name="size">small</xsl:with-param>
            </xsl:apply-templates>
          </fo:table-body>
        </fo:table>
      </xsl:if>
      <xsl:apply-templates select="documents"/>
      <fo:block space-before="4mm">
        <xsl:value-of select="key('label', concat(local-name(), '.sealed'))"/>
      </fo:block>
      <xsl:call-template name="seal-note"/>
    </fo:block>
  </xsl:template>

  <!-- The offer documents sealed with the bid: the bid's SHA-256 covers theirs. -->
  <xsl:template match="documents">
    <fo:block xsl:use-attribute-sets="heading"><xsl:value-of select="key('label', 'documents')"/></fo:block>
    <fo:table xsl:use-attribute-sets="details">
      <xsl:call-template name="details-columns"/>
      <fo:table-body>
        <xsl:for-each select="document">
          <fo:table-row>
            <fo:table-cell xsl:use-attribute-sets="cell">
              <fo:block><xsl:value-of select="file-name"/></fo:block>
            </fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="cell">
              <fo:block font-size="7.5pt"><xsl:value-of select="sha256"/></fo:block>
            </fo:table-cell>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
  </xsl:template>

</xsl:stylesheet>
