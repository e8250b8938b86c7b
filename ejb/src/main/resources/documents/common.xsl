<?xml version="1.0" encoding="UTF-8"?>
<!--
  What every official document shares: the A4 page, the type, the title and reference, the label/value rows, the
  note on the seal and the footer. Input: a root element named after the document (its labels are <name>.title and
  <name>.note) with @lang and labels/label[@key] in that language, then its values (see ReceiptInput and
  DecisionInput). A document stylesheet adds its body in mode "body". Only the two embedded faces of DejaVu Sans
  exist for FOP, normal and bold.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:x="adobe:ns:meta/"
    xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    xmlns:dc="http://purl.org/dc/elements/1.1/">

  <xsl:key name="label" match="/*/labels/label" use="@key"/>

  <xsl:attribute-set name="heading">
    <xsl:attribute name="font-size">11.5pt</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="space-before">6mm</xsl:attribute>
    <xsl:attribute name="space-after">2mm</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="cell">
    <xsl:attribute name="padding">1.2mm 1.5mm</xsl:attribute>
    <xsl:attribute name="border-bottom">0.4pt solid #b0b0b0</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="header-cell" use-attribute-sets="cell">
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="background-color">#ececec</xsl:attribute>
    <xsl:attribute name="border-bottom">0.8pt solid #606060</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="details">
    <xsl:attribute name="table-layout">fixed</xsl:attribute>
    <xsl:attribute name="width">100%</xsl:attribute>
  </xsl:attribute-set>

  <xsl:template match="/*">
    <xsl:variable name="title" select="key('label', concat(local-name(), '.title'))"/>
    <fo:root font-family="DejaVu Sans" font-size="9.5pt" line-height="1.35" color="#1a1a1a" xml:lang="{@lang}">
      <fo:layout-master-set>
        <fo:simple-page-master master-name="A4" page-width="210mm" page-height="297mm"
            margin-top="12mm" margin-bottom="10mm" margin-left="20mm" margin-right="20mm">
          <fo:region-body margin-top="14mm" margin-bottom="14mm"/>
          <fo:region-before extent="10mm"/>
          <fo:region-after extent="9mm"/>
        </fo:simple-page-master>
      </fo:layout-master-set>
      <fo:declarations>
        <x:xmpmeta>
          <rdf:RDF>
            <rdf:Description rdf:about="">
              <dc:title>
                <rdf:Alt>
                  <rdf:li xml:lang="x-default"><xsl:value-of select="concat($title, ' ', reference)"/></rdf:li>
                </rdf:Alt>
              </dc:title>
            </rdf:Description>
          </rdf:RDF>
        </x:xmpmeta>
      </fo:declarations>
      <fo:page-sequence master-reference="A4" id="document">
        <fo:static-content flow-name="xsl-region-before">
          <fo:block font-size="8.5pt" color="#404040" padding-bottom="1.5mm" border-bottom="0.5pt solid #808080">
            <xsl:value-of select="authority"/>
          </fo:block>
        </fo:static-content>
        <fo:static-content flow-name="xsl-region-after">
          <fo:block font-size="8pt" color="#404040" padding-top="1.5mm" border-top="0.5pt solid #808080"
              text-align-last="justify">
            <xsl:value-of select="concat($title, ' · ', reference)"/>
            <fo:leader leader-pattern="space"/>
            <xsl:value-of select="concat(key('label', 'page'), ' ')"/>
            <fo:page-number/>
            <xsl:value-of select="concat(' ', key('label', 'page.of'), ' ')"/>
            <fo:page-number-citation-last ref-id="document"/>
          </fo:block>
        </fo:static-content>
        <fo:flow flow-name="xsl-region-body">
          <fo:block font-size="20pt" font-weight="bold" line-height="1.2" space-after="4mm">
            <xsl:value-of select="$title"/>
          </fo:block>
          <!-- Indents as wide as border and padding keep boxes inside the margins, where FOP would let them out. -->
          <fo:block border="0.8pt solid #606060" background-color="#f3f3f3" padding="2.5mm 3mm" space-after="5mm"
              start-indent="3.3mm" end-indent="3.3mm">
            <fo:block font-size="8.5pt" color="#404040"><xsl:value-of select="key('label', 'reference')"/></fo:block>
            <fo:block font-size="16pt" font-weight="bold" line-height="1.25">
              <xsl:value-of select="reference"/>
            </fo:block>
          </fo:block>
          <xsl:apply-templates select="." mode="body"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <!-- The paragraph on the electronic seal and how to check it, kept with what precedes it. -->
  <xsl:template name="seal-note">
    <fo:block space-before="5mm" padding="2mm 3mm" border-left="2pt solid #808080" font-size="8.5pt"
        start-indent="3.7mm" end-indent="3mm" keep-together.within-page="always"
        keep-with-previous.within-page="always">
      <xsl:value-of select="key('label', concat(local-name(/*), '.note'))"/>
    </fo:block>
  </xsl:template>

  <!-- The columns of a label/value table, whose rows come from mode "row". -->
  <xsl:template name="details-columns">
    <fo:table-column column-width="proportional-column-width(32)"/>
    <fo:table-column column-width="proportional-column-width(68)"/>
  </xsl:template>

  <!--
    One label/value row, labelled by the element's name; an absent value has no row. An instant is shown in words
    and in ISO 8601. $size: "large" for what a reader types in, "small" for hashes.
  -->
  <xsl:template match="*" mode="row"/>
  <xsl:template match="*[normalize-space()]" mode="row">
    <xsl:param name="size"/>
    <fo:table-row>
      <fo:table-cell xsl:use-attribute-sets="cell" color="#404040">
        <fo:block><xsl:value-of select="key('label', local-name())"/></fo:block>
      </fo:table-cell>
      <fo:table-cell xsl:use-attribute-sets="cell">
        <fo:block linefeed-treatment="preserve">
          <xsl:choose>
            <xsl:when test="$size = 'large'">
              <xsl:attribute name="font-size">11pt</xsl:attribute>
              <xsl:attribute name="font-weight">bold</xsl:attribute>
            </xsl:when>
            <xsl:when test="$size = 'small'">
              <xsl:attribute name="font-size">7.5pt</xsl:attribute>
            </xsl:when>
          </xsl:choose>
          <xsl:value-of select="."/>
          <xsl:if test="@iso">
            <xsl:value-of select="concat(' (', @iso, ')')"/>
          </xsl:if>
        </fo:block>
      </fo:table-cell>
    </fo:table-row>
  </xsl:template>

</xsl:stylesheet>
