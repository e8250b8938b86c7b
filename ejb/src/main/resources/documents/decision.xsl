<?xml version="1.0" encoding="UTF-8"?>
<!-- The decision on a filing. Input: see DecisionInput; the page and shared parts are in common.xsl. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <xsl:include href="common.xsl"/>

  <xsl:template match="/decision | /tacit-approval" mode="body">
    <!-- The outcome is said in words; the colour of the rule only repeats it. -->
    <fo:block padding="2mm 3mm" space-after="5mm" border-left-width="3pt" border-left-style="solid"
        start-indent="4.1mm" end-indent="3mm">
      <xsl:attribute name="border-left-color">
        <xsl:choose>
          <xsl:when test="outcome != 'rejected'">#2e6b30</xsl:when>
          <xsl:otherwise>#a12622</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <fo:block font-size="8.5pt" color="#404040"><xsl:value-of select="key('label', 'outcome')"/></fo:block>
      <fo:block font-size="15pt" font-weight="bold">
        <xsl:value-of select="key('label', concat('outcome.', outcome))"/>
      </fo:block>
      <xsl:if test="outcome = 'tacitly-approved'">
        <fo:block space-before="2mm"><xsl:value-of select="key('label', 'outcome.tacitly-approved.explanation')"/></fo:block>
      </xsl:if>
    </fo:block>
    <xsl:if test="normalize-space(reason)">
      <fo:block xsl:use-attribute-sets="heading"><xsl:value-of select="key('label', 'reason')"/></fo:block>
      <fo:block linefeed-treatment="preserve" space-after="5mm"><xsl:value-of select="reason"/></fo:block>
    </xsl:if>
    <fo:table xsl:use-attribute-sets="details">
      <xsl:call-template name="details-columns"/>
      <fo:table-body>
        <xsl:apply-templates select="authority" mode="row"/>
        <xsl:apply-templates select="organisation" mode="row"/>
        <xsl:apply-templates select="form" mode="row"/>
        <xsl:apply-templates select="decided-at" mode="row"/>
        <xsl:apply-templates select="decided-by" mode="row"/>
        <xsl:apply-templates select="verification-code" mode="row">
          <xsl:with-param name="size">large</xsl:with-param>
        </xsl:apply-templates>
      </fo:table-body>
    </fo:table>
    <xsl:call-template name="seal-note"/>
  </xsl:template>

</xsl:stylesheet>
