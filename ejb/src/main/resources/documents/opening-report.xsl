<?xml version="1.0" encoding="UTF-8"?>
<!--
  The report of the opening board on the bids of a tender. Input: see OpeningReportInput; the page and shared parts
  are in common.xsl.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <xsl:include href="common.xsl"/>

  <xsl:template match="/opening-report" mode="body">
    <fo:table xsl:use-attribute-sets="details">
      <xsl:call-template name="details-columns"/>
      <fo:table-body>
        <xsl:apply-templates select="tender" mode="row"/>
        <xsl:apply-templates select="authority" mode="row"/>
        <xsl:apply-templates select="submission-deadline" mode="row"/>
        <xsl:apply-templates select="opened-at" mode="row"/>
        <xsl:apply-templates select="opened-by" mode="row"/>
      </fo:table-body>
    </fo:table>
    <xsl:apply-templates select="bids"/>
    <xsl:apply-templates select="documents"/>
    <xsl:apply-templates select="not-opened"/>
    <xsl:call-template name="seal-note"/>
  </xsl:template>

  <!-- Whether a bid matches its receipt is said in words, in bold when it does not; nothing relies on colour. -->
  <xsl:template match="bids">
    <fo:block xsl:use-attribute-sets="heading"><xsl:value-of select="key('label', 'bids')"/></fo:block>
    <xsl:choose>
      <xsl:when test="bid">
        <fo:table table-layout="fixed" width="100%" font-size="8.5pt">
          <fo:table-column column-width="proportional-column-width(25)"/>
          <fo:table-column column-width="proportional-column-width(7)"/>
          <fo:table-column column-width="proportional-column-width(18)"/>
          <fo:table-column column-width="proportional-column-width(18)"/>
          <fo:table-column column-width="proportional-column-width(20)"/>
          <fo:table-column column-width="proportional-column-width(12)"/>
          <fo:table-header>
            <fo:table-row>
              <fo:table-cell xsl:use-attribute-sets="header-cell">
                <fo:block><xsl:value-of select="key('label', 'bids.bidder')"/></fo:block>
              </fo:table-cell>
              <fo:table-cell xsl:use-attribute-sets="header-cell">
                <fo:block text-align="end"><xsl:value-of select="key('label', 'bids.lot')"/></fo:block>
              </fo:table-cell>
              <fo:table-cell xsl:use-attribute-sets="header-cell">
                <fo:block text-align="end"><xsl:value-of select="key('label', 'bids.price')"/></fo:block>
              </fo:table-cell>
              <fo:table-cell xsl:use-attribute-sets="header-cell">
                <fo:block><xsl:value-of select="key('label', 'bids.received')"/></fo:block>
              </fo:table-cell>
              <fo:table-cell xsl:use-attribute-sets="header-cell">
                <fo:block><xsl:value-of select="key('label', 'bids.sha256')"/></fo:block>
              </fo:table-cell>
              <fo:table-cell xsl:use-attribute-sets="header-cell">
                <fo:block><xsl:value-of select="key('label', 'bids.matches')"/></fo:block>
              </fo:table-cell>
            </fo:table-row>
          </fo:table-header>
          <fo:table-body>
            <xsl:for-each select="bid">
              <fo:table-row keep-together.within-page="always">
                <fo:table-cell xsl:use-attribute-sets="cell">
                  <fo:block><xsl:value-of select="bidder"/></fo:block>
                </fo:table-cell>
                <fo:table-cell xsl:use-attribute-sets="cell">
                  <fo:block text-align="end"><xsl:value-of select="lot"/></fo:block>
                </fo:table-cell>
                <fo:table-cell xsl:use-attribute-sets="cell">
                  <fo:block text-align="end"><xsl:value-of select="price"/></fo:block>
                </fo:table-cell>
                <fo:table-cell xsl:use-attribute-sets="cell">
                  <fo:block><xsl:value-of select="received"/></fo:block>
                </fo:table-cell>
                <fo:table-cell xsl:use-attribute-sets="cell">
                  <fo:block font-size="6.5pt" color="#404040"><xsl:value-of select="sha256"/></fo:block>
                </fo:table-cell>
                <fo:table-cell xsl:use-attribute-sets="cell">
                  <fo:block>
                    <xsl:if test="matches = 'no'">
                      <xsl:attribute name="font-weight">bold</xsl:attribute>
                    </xsl:if>
                    <xsl:value-of select="key('label', concat('bids.matches.', matches))"/>
                  </fo:block>
                </fo:table-cell>
              </fo:table-row>
            </xsl:for-each>
          </fo:table-body>
        </fo:table>
      </xsl:when>
      <xsl:otherwise>
        <fo:block><xsl:value-of select="key('label', 'bids.none')"/></fo:block>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="documents">
    <fo:block xsl:use-attribute-sets="heading"><xsl:value-of select="key('label', 'documents.opened')"/></fo:block>
    <xsl:call-template name="columns">
      <xsl:with-param name="header" select="'bids.bidder documents.file-name bids.sha256 bids.matches'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="not-opened">
    <fo:block xsl:use-attribute-sets="heading"><xsl:value-of select="key('label', 'not-opened')"/></fo:block>
    <fo:block space-after="2mm"><xsl:value-of select="key('label', 'not-opened.reason')"/></fo:block>
    <xsl:call-template name="columns">
      <xsl:with-param name="header" select="'bids.bidder bids.received bids.sha256'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A table of the context's children, one row each, one column per label in $header (space-separated keys). -->
  <xsl:template name="columns">
    <xsl:param name="header"/>
    <fo:table table-layout="fixed" width="100%" font-size="8.5pt">
      <fo:table-column column-width="proportional-column-width(30)"/>
      <fo:table-column column-width="proportional-column-width(25)"/>
      <fo:table-column column-width="proportional-column-width(30)"/>
      <xsl:if test="*[1]/matches">
        <fo:table-column column-width="proportional-column-width(15)"/>
      </xsl:if>
      <fo:table-header>
        <fo:table-row>
          <xsl:call-template name="header-cells">
            <xsl:with-param name="keys" select="concat(normalize-space($header), ' ')"/>
          </xsl:call-template>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:for-each select="*">
          <fo:table-row keep-together.within-page="always">
            <xsl:for-each select="*">
              <fo:table-cell xsl:use-attribute-sets="cell">
                <fo:block>
                  <xsl:choose>
                    <xsl:when test="local-name() = 'sha256'">
                      <xsl:attribute name="font-size">6.5pt</xsl:attribute>
                      <xsl:attribute name="color">#404040</xsl:attribute>
                      <xsl:value-of select="."/>
                    </xsl:when>
                    <xsl:when test="local-name() = 'matches'">
                      <xsl:if test=". = 'no'">
                        <xsl:attribute name="font-weight">bold</xsl:attribute>
                      </xsl:if>
                      <xsl:value-of select="key('label', concat('bids.matches.', .))"/>
                    </xsl:when>
                    <xsl:otherwise>
                      <xsl:value-of select="."/>
                    </xsl:otherwise>
                  </xsl:choose>
                </fo:block>
              </fo:table-cell>
            </xsl:for-each>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template name="header-cells">
    <xsl:param name="keys"/>
    <xsl:if test="$keys">
      <fo:table-cell xsl:use-attribute-sets="header-cell">
        <fo:block><xsl:value-of select="key('label', substring-before($keys, ' '))"/></fo:block>
      </fo:table-cell>
      <xsl:call-template name="header-cells">
        <xsl:with-param name="keys" select="substring-after($keys, ' ')"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
